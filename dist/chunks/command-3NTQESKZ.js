#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  DEFAULT_STORE,
  HISTORY_HELP,
  buildSite,
  historyCommand
} from "./chunk-4EHQVO2O.js";
import "./chunk-LEL7G6K7.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  DEFAULT_STORE,
  HISTORY_HELP,
  buildSite,
  historyCommand
};
