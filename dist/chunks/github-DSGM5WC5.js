#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-NJ67MEJ2.js";
import "./chunk-D6S4A3XR.js";
import "./chunk-YWIP2CGA.js";
export {
  context,
  getOctokit
};
