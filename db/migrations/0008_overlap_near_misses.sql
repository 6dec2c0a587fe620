CREATE TABLE `overlap_near_misses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`neighbourhood_id` integer,
	`offering_a_id` integer NOT NULL,
	`offering_b_id` integer NOT NULL,
	`score` real NOT NULL,
	`reasons` text NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_a_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offering_b_id`) REFERENCES `offerings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `overlap_near_misses_pair_unique` ON `overlap_near_misses` (`offering_a_id`,`offering_b_id`);--> statement-breakpoint
CREATE INDEX `overlap_near_misses_network_idx` ON `overlap_near_misses` (`network_id`,`neighbourhood_id`);--> statement-breakpoint
CREATE INDEX `overlap_near_misses_b_idx` ON `overlap_near_misses` (`offering_b_id`);