-- When a data disk was last detached, for "My servers"' list of disks not attached (issue 5).
ALTER TABLE cloud_volume ADD COLUMN detached_at TIMESTAMP WITH TIME ZONE;

-- Disks detached before this column: the VM they were made for was destroyed then (or, if it was not, the best
-- known time is the disk's creation).
UPDATE cloud_volume SET detached_at = COALESCE(
    (SELECT v.state_since FROM cloud_vm v WHERE v.id = cloud_volume.made_for AND v.state = 'DESTROYED'),
    cloud_volume.created_at)
WHERE vm_id IS NULL AND deleted_at IS NULL AND kind = 'DATA';

CREATE INDEX ix_cloud_volume_detached ON cloud_volume (tenant, detached_at);
