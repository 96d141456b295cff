#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  DEFAULT_STORE,
  HISTORY_HELP,
  buildSite,
  historyCommand
} from "./chunk-3ZEYAGOO.js";
import "./chunk-NK7VKSHF.js";
export {
  DEFAULT_STORE,
  HISTORY_HELP,
  buildSite,
  historyCommand
};
