-- Countries, institutions and the application's users.
-- Portable SQL: runs on H2 (embedded default), MySQL 8.0+ and MariaDB 10.6+.

CREATE TABLE country (
    code       VARCHAR(2)   NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    region     VARCHAR(40)  NOT NULL,
    ldc        BOOLEAN      NOT NULL,
    programme  INT          NOT NULL
);

CREATE TABLE institution (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                     VARCHAR(16)  NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    country_code             VARCHAR(2)   NOT NULL,
    fiscal_year_start_month  INT          NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uk_institution_code UNIQUE (code),
    CONSTRAINT fk_institution_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_institution_fy_month CHECK (fiscal_year_start_month BETWEEN 1 AND 12)
);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(100),
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(254),
    role            VARCHAR(20)  NOT NULL,
    institution_id  BIGINT,
    country_code    VARCHAR(2),
    enabled         BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_app_user_country FOREIGN KEY (country_code) REFERENCES country (code)
);
