-- Catalogue administration: an item the operators retire stays (VMs, volumes and orders refer to it) but is no
-- longer orderable. Every existing item is orderable.
ALTER TABLE cloud_compute_offering ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cloud_disk_offering ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cloud_template ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cloud_iso ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cloud_network_offering ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
