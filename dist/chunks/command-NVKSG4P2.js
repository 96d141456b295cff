#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-JVC2NKFM.js";
import "./chunk-VXIMVJHG.js";
import "./chunk-5NUIXEG5.js";
import "./chunk-C7Z6D2VV.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};
