CREATE TABLE `certificate_warnings` (
	`centre_id` integer NOT NULL,
	`months_ahead` integer NOT NULL,
	`valid_until` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`centre_id`, `months_ahead`, `valid_until`),
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `checklist_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`name_de` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_areas_network_number_unique` ON `checklist_areas` (`network_id`,`number`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`code` text NOT NULL,
	`text` text NOT NULL,
	`level` text,
	`note` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`suggestion` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `checklist_areas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_network_code_unique` ON `checklist_items` (`network_id`,`code`);--> statement-breakpoint
CREATE INDEX `checklist_items_area_idx` ON `checklist_items` (`area_id`);--> statement-breakpoint
CREATE TABLE `recertification_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`centre_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`document_id` integer,
	`url` text DEFAULT '' NOT NULL,
	`offering_id` integer,
	`meeting_id` integer,
	`agreement_id` integer,
	`assessment_id` integer,
	`label` text DEFAULT '' NOT NULL,
	`evidence_date` text,
	`is_training` integer DEFAULT false NOT NULL,
	`shared_at` integer,
	`added_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `recertification_evidence_centre_idx` ON `recertification_evidence` (`centre_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `recertification_evidence_shared_idx` ON `recertification_evidence` (`network_id`,`shared_at`);--> statement-breakpoint
ALTER TABLE `centres` ADD `recertification_year` integer;