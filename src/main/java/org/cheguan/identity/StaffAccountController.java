package org.cheguan.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts for administrators (role ADMIN): {@code GET /api/v1/admin/staff-accounts?page=&size=} (a JSON array
 * ordered by user name, total in {@code X-Total-Count}), {@code GET …/{id}}, {@code POST} → 201 with
 * {@code Location}.
 */
@RestController
@RequestMapping("/api/v1/admin/staff-accounts")
class StaffAccountController {

	/** Largest page a caller may ask for. */
	static final int MAX_PAGE_SIZE = 200;

	private final StaffAccounts accounts;

	StaffAccountController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ResponseEntity<List<StaffAccount>> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size,
					MAX_PAGE_SIZE);
		}
		// An office has hundreds of staff, not millions: slicing the ordered list is simpler than SQL paging here.
		var all = accounts.list();
		var from = (int) Math.min((long) page * size, all.size());
		var to = Math.min(from + size, all.size());
		return ResponseEntity.ok().header("X-Total-Count", Integer.toString(all.size())).body(all.subList(from, to));
	}

	@GetMapping("/{id}")
	StaffAccount one(@PathVariable UUID id) {
		return accounts.list().stream().filter(account -> account.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFound("staff-account", id));
	}

	@PostMapping
	ResponseEntity<StaffAccount> create(@Valid @RequestBody NewStaffAccount request) {
		var created = accounts.create(request);
		return ResponseEntity.created(URI.create("/api/v1/admin/staff-accounts/" + created.id())).body(created);
	}
}
