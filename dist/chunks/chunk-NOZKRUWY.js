#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);

// src/types.ts
var TARGETS = ["emulated", "hardware", "host"];
var VARIANT_STATUSES = ["ok", "failed", "not-built"];
var UserError = class extends Error {
  name = "UserError";
};

export {
  TARGETS,
  VARIANT_STATUSES,
  UserError
};
