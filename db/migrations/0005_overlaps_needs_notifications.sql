CREATE TABLE `need_offerings` (
	`need_id` integer NOT NULL,
	`offering_id` integer NOT NULL,
	PRIMARY KEY(`need_id`, `offering_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`neighbourhood_id` integer NOT NULL,
	`category_id` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`age_from_months` integer DEFAULT 0 NOT NULL,
	`age_to_months` integer DEFAULT 1199 NOT NULL,
	`audiences` text DEFAULT '[]' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`reported_by` integer,
	`centre_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `needs_network_idx` ON `needs` (`network_id`,`neighbourhood_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`network_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `overlap_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`flag_id` integer NOT NULL,
	`author_id` integer,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`flag_id`) REFERENCES `overlap_flags`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `overlap_comments_flag_idx` ON `overlap_comments` (`flag_id`);--> statement-breakpoint
CREATE TABLE `overlap_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`neighbourhood_id` integer,
	`offering_a_id` integer NOT NULL,
	`offering_b_id` integer NOT NULL,
	`score` real NOT NULL,
	`reasons` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`decided_by` integer,
	`decided_by_name` text,
	`decided_at` integer,
	`fingerprint_a` text,
	`fingerprint_b` text,
	`reopened_changes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`offering_a_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_b_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `overlap_flags_pair_unique` ON `overlap_flags` (`offering_a_id`,`offering_b_id`);--> statement-breakpoint
CREATE INDEX `overlap_flags_network_status_idx` ON `overlap_flags` (`network_id`,`status`);--> statement-breakpoint
CREATE INDEX `overlap_flags_b_idx` ON `overlap_flags` (`offering_b_id`);