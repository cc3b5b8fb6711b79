-- Plans on a map: a round's area (a bounding box, in WGS 84 degrees) and each plan's pin, placed by its submitter
-- inside that area (see docs/community.md).
ALTER TABLE community_settings
    ADD COLUMN area_south DECIMAL(8, 6) NULL,
    ADD COLUMN area_west  DECIMAL(9, 6) NULL,
    ADD COLUMN area_north DECIMAL(8, 6) NULL,
    ADD COLUMN area_east  DECIMAL(9, 6) NULL,
    ADD CONSTRAINT ck_community_area CHECK (
        (area_south IS NULL AND area_west IS NULL AND area_north IS NULL AND area_east IS NULL)
        OR (area_south < area_north AND area_west < area_east));

CREATE TABLE plan_pin (
    plan_id   BIGINT        PRIMARY KEY,
    latitude  DECIMAL(8, 6) NOT NULL,
    longitude DECIMAL(9, 6) NOT NULL,
    placed_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_pin_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT ck_pin_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT ck_pin_longitude CHECK (longitude BETWEEN -180 AND 180)
) ENGINE = InnoDB;
