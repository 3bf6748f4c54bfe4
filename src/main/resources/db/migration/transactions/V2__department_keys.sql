-- One key per department (ServiceType.Department.canonical, docs/reporting.md): records written before under the
-- Chinese name of a department the office knows (考试科, 综合科 …) take its code; a name it does not know stays.
UPDATE service_record r SET department = k.code
FROM (VALUES ('驾驶证管理科', 'LICENSING'), ('驾驶人管理科', 'LICENSING'), ('机动车登记科', 'VEHICLES'),
  ('非机动车管理', 'EBIKES'), ('业务大厅', 'SERVICE_HALL'), ('档案科', 'ARCHIVES'), ('12123 热线', 'HOTLINE'),
  ('12123 服务中心', 'HOTLINE'), ('考试科', 'EXAMINATIONS'), ('机动车查验科', 'VEHICLE_INSPECTION'),
  ('综合科', 'GENERAL_AFFAIRS'), ('审核监管科', 'REVIEW'), ('网办与12123服务科', 'ONLINE_SERVICES'),
  ('督查科', 'SUPERVISION'), ('信息科', 'INFORMATION')) AS k (name, code)
WHERE r.department = k.name;
