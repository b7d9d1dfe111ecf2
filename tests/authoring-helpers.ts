/** Shared by the authoring tests: the authoring fixture workspace, its extra solutions, and editing package files in a copy. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { REPO, temporaryFolder } from './helpers.ts';

export const AUTHORING_WORKSPACE = join(REPO, 'tests', 'fixtures', 'authoring');

/** The seven fixture problems, one per authoring feature. */
export const AUTHORING_SLUGS = ['account-balances', 'group-anagrams', 'lru-cache', 'max-subarray', 'parse-number', 'prefix-means', 'topo-order'];

/** A fresh copy of the authoring workspace (its problems/, an empty solutions/), without any cache a manual run left behind. */
export function copyAuthoringWorkspace(): string {
  const dir = temporaryFolder('kata-authoring-');
  cpSync(join(AUTHORING_WORKSPACE, 'problems'), join(dir, 'problems'), {
    recursive: true,
    filter: (source) => !source.split(sep).includes('.kata'),
  });
  mkdirSync(join(dir, 'solutions'), { recursive: true });
  return dir;
}

/** An extra solution from tests/fixtures/authoring/solutions/, by absolute path. */
export function authoringSolution(name: string): string {
  return join(AUTHORING_WORKSPACE, 'solutions', name);
}

/** A file of a package in a workspace copy. */
export function packageFile(ws: string, slug: string, file: string): string {
  return join(ws, 'problems', slug, file);
}

export function readJsonFile<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function writeJsonFile(file: string, data: unknown): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** The JSON report of `kata judge --json`, as far as the tests read it. */
export interface JsonReport {
  verdict: string;
  passed: number;
  total: number;
  message?: string;
  cases: { id: string; kind: string; verdict: string; message?: string; maxError?: number; timeMs: number }[];
}

export function parseReport(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}
