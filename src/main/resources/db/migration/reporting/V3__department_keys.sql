-- One key per department (ServiceType.Department, docs/reporting.md): the rollups key every department the office
-- knows by its code. Rows written before under a department's Chinese name (考试科, 督查科, 12123 服务中心 …, as staff
-- accounts and hotline routing name them) are merged into the code's rows; a name the office does not know stays.
CREATE TEMPORARY TABLE department_key (name TEXT PRIMARY KEY, code TEXT NOT NULL) ON COMMIT DROP;
INSERT INTO department_key (name, code) VALUES
  ('驾驶证管理科', 'LICENSING'), ('驾驶人管理科', 'LICENSING'), ('机动车登记科', 'VEHICLES'), ('非机动车管理', 'EBIKES'),
  ('业务大厅', 'SERVICE_HALL'), ('档案科', 'ARCHIVES'), ('12123 热线', 'HOTLINE'), ('12123 服务中心', 'HOTLINE'),
  ('考试科', 'EXAMINATIONS'), ('机动车查验科', 'VEHICLE_INSPECTION'), ('综合科', 'GENERAL_AFFAIRS'),
  ('审核监管科', 'REVIEW'), ('网办与12123服务科', 'ONLINE_SERVICES'), ('督查科', 'SUPERVISION'), ('信息科', 'INFORMATION');

-- facts: one row per service, rating or ticket
UPDATE service_fact f SET department = k.code FROM department_key k WHERE f.department = k.name;
UPDATE bad_rating f SET department = k.code FROM department_key k WHERE f.department = k.name;
UPDATE ticket_fact f SET department = k.code FROM department_key k WHERE f.department = k.name;

-- counters: added into the code's row (two names of one department become one row)
INSERT INTO daily_service AS d (office_day, outlet_key, department, staff, service_type, channel, services, wait_sum,
  wait_count, rating_1, rating_2, rating_3, rating_4, rating_5)
SELECT s.office_day, s.outlet_key, k.code, s.staff, s.service_type, s.channel, sum(s.services), sum(s.wait_sum),
  sum(s.wait_count), sum(s.rating_1), sum(s.rating_2), sum(s.rating_3), sum(s.rating_4), sum(s.rating_5)
FROM daily_service s JOIN department_key k ON k.name = s.department
GROUP BY s.office_day, s.outlet_key, k.code, s.staff, s.service_type, s.channel
ON CONFLICT (office_day, outlet_key, department, staff, service_type, channel) DO UPDATE SET
  services = d.services + excluded.services, wait_sum = d.wait_sum + excluded.wait_sum,
  wait_count = d.wait_count + excluded.wait_count, rating_1 = d.rating_1 + excluded.rating_1,
  rating_2 = d.rating_2 + excluded.rating_2, rating_3 = d.rating_3 + excluded.rating_3,
  rating_4 = d.rating_4 + excluded.rating_4, rating_5 = d.rating_5 + excluded.rating_5;
DELETE FROM daily_service s USING department_key k WHERE s.department = k.name;

INSERT INTO monthly_service AS m (month, department, staff, service_type, channel, services, wait_sum, wait_count,
  rating_1, rating_2, rating_3, rating_4, rating_5)
SELECT s.month, k.code, s.staff, s.service_type, s.channel, sum(s.services), sum(s.wait_sum), sum(s.wait_count),
  sum(s.rating_1), sum(s.rating_2), sum(s.rating_3), sum(s.rating_4), sum(s.rating_5)
FROM monthly_service s JOIN department_key k ON k.name = s.department
GROUP BY s.month, k.code, s.staff, s.service_type, s.channel
ON CONFLICT (month, department, staff, service_type, channel) DO UPDATE SET
  services = m.services + excluded.services, wait_sum = m.wait_sum + excluded.wait_sum,
  wait_count = m.wait_count + excluded.wait_count, rating_1 = m.rating_1 + excluded.rating_1,
  rating_2 = m.rating_2 + excluded.rating_2, rating_3 = m.rating_3 + excluded.rating_3,
  rating_4 = m.rating_4 + excluded.rating_4, rating_5 = m.rating_5 + excluded.rating_5;
DELETE FROM monthly_service s USING department_key k WHERE s.department = k.name;

INSERT INTO daily_wait AS w (office_day, outlet_key, department, channel, minutes, services)
SELECT s.office_day, s.outlet_key, k.code, s.channel, s.minutes, sum(s.services)
FROM daily_wait s JOIN department_key k ON k.name = s.department
GROUP BY s.office_day, s.outlet_key, k.code, s.channel, s.minutes
ON CONFLICT (office_day, outlet_key, department, channel, minutes) DO UPDATE SET services = w.services + excluded.services;
DELETE FROM daily_wait s USING department_key k WHERE s.department = k.name;

INSERT INTO daily_hotline AS h (office_day, department, kind, agent, opened, closed, closed_on_time, closed_overdue,
  escalated)
SELECT s.office_day, k.code, s.kind, s.agent, sum(s.opened), sum(s.closed), sum(s.closed_on_time),
  sum(s.closed_overdue), sum(s.escalated)
FROM daily_hotline s JOIN department_key k ON k.name = s.department
GROUP BY s.office_day, k.code, s.kind, s.agent
ON CONFLICT (office_day, department, kind, agent) DO UPDATE SET
  opened = h.opened + excluded.opened, closed = h.closed + excluded.closed,
  closed_on_time = h.closed_on_time + excluded.closed_on_time,
  closed_overdue = h.closed_overdue + excluded.closed_overdue, escalated = h.escalated + excluded.escalated;
DELETE FROM daily_hotline s USING department_key k WHERE s.department = k.name;

INSERT INTO daily_commendation AS c (office_day, staff, department, commendations)
SELECT s.office_day, s.staff, k.code, sum(s.commendations)
FROM daily_commendation s JOIN department_key k ON k.name = s.department
GROUP BY s.office_day, s.staff, k.code
ON CONFLICT (office_day, staff, department) DO UPDATE SET commendations = c.commendations + excluded.commendations;
DELETE FROM daily_commendation s USING department_key k WHERE s.department = k.name;
