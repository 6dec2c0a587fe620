-- NRW school holidays known when this was written (see shared data sources); admins add later years in the app.
INSERT INTO `school_holidays` (`name`, `starts_on`, `ends_on`) VALUES
  ('Osterferien', '2026-03-30', '2026-04-11'),
  ('Pfingstferien', '2026-05-26', '2026-05-26'),
  ('Sommerferien', '2026-07-20', '2026-09-01'),
  ('Herbstferien', '2026-10-17', '2026-10-31'),
  ('Weihnachtsferien', '2026-12-23', '2027-01-06'),
  ('Osterferien', '2027-03-22', '2027-04-03'),
  ('Pfingstferien', '2027-05-18', '2027-05-18'),
  ('Sommerferien', '2027-07-19', '2027-08-31'),
  ('Herbstferien', '2027-10-23', '2027-11-06'),
  ('Weihnachtsferien', '2027-12-24', '2028-01-08');
