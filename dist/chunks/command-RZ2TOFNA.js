#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-L4SDR3EP.js";
import "./chunk-MVT6WIXB.js";
import "./chunk-HSKKFJR5.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};
