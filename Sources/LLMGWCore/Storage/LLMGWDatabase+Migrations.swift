import GRDB

extension LLMGWDatabase {
    /// The schema, one registered migration per version; never edit a shipped migration, add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-request-log") { db in
            try db.create(table: RequestRecord.databaseTableName) { table in
                table.primaryKey("id", .text)
                table.column("started_at", .datetime).notNull().indexed()
                table.column("command", .text).notNull()
                table.column("route", .text)
                table.column("provider", .text).notNull()
                table.column("model", .text).notNull()
                table.column("status", .text).notNull()
                table.column("error_class", .text)
                table.column("error_message", .text)
                table.column("input_tokens", .integer)
                table.column("output_tokens", .integer)
                table.column("cached_input_tokens", .integer)
                table.column("reasoning_tokens", .integer)
                table.column("usage_source", .text).notNull()
                table.column("cost_micros", .integer)
                table.column("latency_ms", .integer).notNull()
                table.column("ttft_ms", .integer)
                table.column("attempts", .integer).notNull()
                table.column("finish_reason", .text)
                table.column("streamed", .boolean).notNull()
                table.column("request_id", .text)
                table.column("conversation_id", .text)
            }
            try db.create(index: "request_provider_started_at", on: "request", columns: ["provider", "started_at"])
            try db.create(index: "request_model_started_at", on: "request", columns: ["model", "started_at"])
            try db.create(index: "request_route_started_at", on: "request", columns: ["route", "started_at"])
        }
        migrator.registerMigration("v1-conversations") { db in
            try db.create(table: "conversation") { table in
                table.primaryKey("id", .text)
                table.column("model", .text).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("updated_at", .datetime).notNull().indexed()
            }
            try db.create(table: "conversation_message") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("conversation_id", .text).notNull().references("conversation", onDelete: .cascade)
                table.column("position", .integer).notNull()
                table.column("role", .text).notNull()
                table.column("text", .text).notNull()
                table.column("tool_calls", .text)
                table.column("tool_call_id", .text)
                table.column("name", .text)
                table.column("created_at", .datetime).notNull()
                table.uniqueKey(["conversation_id", "position"])
            }
        }
        migrator.registerMigration("v2-request-key-name") { db in
            // The stored key (`llmgw keys`) or virtual key a call used, for `cost report --by key`.
            try db.alter(table: RequestRecord.databaseTableName) { table in
                table.add(column: "key_name", .text)
            }
        }
        migrator.registerMigration("v3-routing") { db in
            // Each attempt and each skipped candidate of a routed call, as JSON (`llmgw route`).
            try db.alter(table: RequestRecord.databaseTableName) { table in
                table.add(column: "attempts_detail", .text)
            }
            // The exact-match response cache (`ResponseCache`).
            try db.create(table: "response_cache") { table in
                table.primaryKey("key", .text)
                table.column("target", .text).notNull()
                table.column("body", .text).notNull()
                table.column("created_at", .double).notNull()
                table.column("expires_at", .double).notNull().indexed()
            }
        }
        migrator.registerMigration("v4-request-estimated-input-tokens") { db in
            // llmgw's own uncalibrated estimate of a call's prompt tokens, next to the usage the provider
            // reported, so estimates for other tokenizers can be calibrated (`TokenCalibrationTable`).
            try db.alter(table: RequestRecord.databaseTableName) { table in
                table.add(column: "estimated_input_tokens", .integer)
            }
            try db.execute(
                sql: "CREATE INDEX request_calibration ON request(started_at) WHERE estimated_input_tokens IS NOT NULL")
        }
        return migrator
    }
}
