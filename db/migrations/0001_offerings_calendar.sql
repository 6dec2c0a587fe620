CREATE TABLE `categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`key` text NOT NULL,
	`area` text DEFAULT '' NOT NULL,
	`name_de` text NOT NULL,
	`name_en` text NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_network_key_unique` ON `categories` (`network_id`,`key`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`centre_id` integer,
	`neighbourhood_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_network_date_idx` ON `events` (`network_id`,`date`);--> statement-breakpoint
CREATE TABLE `offering_cancellations` (
	`offering_id` integer NOT NULL,
	`date` text NOT NULL,
	PRIMARY KEY(`offering_id`, `date`),
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `offering_dates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offering_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `offering_dates_offering_idx` ON `offering_dates` (`offering_id`);--> statement-breakpoint
CREATE INDEX `offering_dates_date_idx` ON `offering_dates` (`date`);--> statement-breakpoint
CREATE TABLE `offering_partners` (
	`offering_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	PRIMARY KEY(`offering_id`, `partner_id`),
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `offering_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offering_id` integer NOT NULL,
	`version` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`snapshot` text NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offering_versions_unique` ON `offering_versions` (`offering_id`,`version`);--> statement-breakpoint
CREATE TABLE `offerings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`centre_id` integer NOT NULL,
	`ref` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category_id` integer NOT NULL,
	`age_from_months` integer NOT NULL,
	`age_to_months` integer NOT NULL,
	`audiences` text DEFAULT '[]' NOT NULL,
	`neighbourhood_id` integer,
	`place_name` text DEFAULT '' NOT NULL,
	`place_address` text DEFAULT '' NOT NULL,
	`schedule_kind` text NOT NULL,
	`weekdays` text DEFAULT '[]' NOT NULL,
	`start_time` text,
	`end_time` text,
	`valid_from` text,
	`valid_until` text,
	`languages` text DEFAULT '["de"]' NOT NULL,
	`cost_cents` integer DEFAULT 0 NOT NULL,
	`cost_note` text DEFAULT '' NOT NULL,
	`registration_required` integer DEFAULT false NOT NULL,
	`registration_how` text DEFAULT '' NOT NULL,
	`capacity` integer,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`focus_areas` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`verified_at` integer NOT NULL,
	`verified_by` integer,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`verified_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offerings_network_ref_unique` ON `offerings` (`network_id`,`ref`);--> statement-breakpoint
CREATE INDEX `offerings_network_status_idx` ON `offerings` (`network_id`,`status`);--> statement-breakpoint
CREATE INDEX `offerings_centre_idx` ON `offerings` (`centre_id`);--> statement-breakpoint
CREATE INDEX `offerings_neighbourhood_idx` ON `offerings` (`neighbourhood_id`);--> statement-breakpoint
CREATE INDEX `offerings_category_idx` ON `offerings` (`category_id`);--> statement-breakpoint
CREATE TABLE `school_holidays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `school_holidays_unique` ON `school_holidays` (`starts_on`,`name`);--> statement-breakpoint
ALTER TABLE `networks` ADD `stale_after_months` integer DEFAULT 6 NOT NULL;