// Supervisor dashboard: draws four Chart.js charts from /staff/reports/series and refreshes them every minute.
(function () {
	'use strict';
	var charts = {};

	function draw(id, type, labels, datasets, options) {
		var canvas = document.getElementById(id);
		if (!canvas || typeof Chart === 'undefined') {
			return;
		}
		if (charts[id]) {
			charts[id].data.labels = labels;
			charts[id].data.datasets.forEach(function (set, i) { set.data = datasets[i].data; });
			charts[id].update('none');
			return;
		}
		charts[id] = new Chart(canvas, {
			type: type,
			data: { labels: labels, datasets: datasets },
			options: Object.assign({ animation: false, responsive: true, maintainAspectRatio: true }, options || {})
		});
	}

	function refresh() {
		var box = document.getElementById('rp-charts');
		if (!box) {
			return;
		}
		fetch(box.dataset.series, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) { return response.json(); })
			.then(function (s) {
				draw('chart-services', 'bar', s.labels,
					[{ label: box.dataset.labelServices, data: s.services, backgroundColor: '#1f5fa8' }]);
				draw('chart-satisfaction', 'line', s.labels,
					[{ label: box.dataset.labelSatisfaction, data: s.satisfaction, borderColor: '#1d7a46', spanGaps: true }],
					{ scales: { y: { min: 0, max: 100 } } });
				draw('chart-waits', 'line', s.labels,
					[{ label: box.dataset.labelWait, data: s.waits, borderColor: '#b35900', spanGaps: true }]);
				draw('chart-hotline', 'bar', s.labels,
					[{ label: box.dataset.labelOpened, data: s.hotlineOpened, backgroundColor: '#7a3e9d' },
					 { label: box.dataset.labelClosed, data: s.hotlineClosed, backgroundColor: '#4a8f8c' }]);
				box.dataset.refreshed = String(Date.now());
			})
			.catch(function () { /* keep the last charts; the next tick tries again */ });
	}

	document.addEventListener('DOMContentLoaded', function () {
		refresh();
		setInterval(refresh, 60000);
	});
})();
