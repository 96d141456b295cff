#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);

// src/types.ts
var TARGETS = ["emulated", "hardware", "host"];
var VARIANT_STATUSES = ["ok", "failed", "not-built"];
var measuredBy = (commit) => commit === "unknown" ? "an earlier run (not in a git checkout)" : /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 12) : commit;
var UserError = class extends Error {
  name = "UserError";
};

export {
  TARGETS,
  VARIANT_STATUSES,
  measuredBy,
  UserError
};
