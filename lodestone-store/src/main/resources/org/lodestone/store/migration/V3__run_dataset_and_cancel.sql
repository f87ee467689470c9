-- The dataset a run read (its scenario's dataset reference), so that reading a run's results
-- requires read access to that dataset as well as to its scenario. Runs made before this
-- migration have none and are readable by their owner and admins only, unless their scenario is
-- a bundled one (bundled scenarios use bundled datasets). Who cancelled a run is in its error.
ALTER TABLE runs ADD COLUMN dataset_ref VARCHAR(200);
