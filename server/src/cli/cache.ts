import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EffectiveConfig } from '../engine';
import type { Checked } from './check-one';

const FORMAT = 1;

interface Entry {
  /** Identifies the text, configuration and engine the result is for; reveals none of them. */
  id: string;
  iv: string;
  tag: string;
  data: string;
}

/**
 * Results of earlier runs, for --cache: a document is checked again only when
 * its text, the configuration in force or the engine has changed.
 *
 * Findings quote a document's words (the cues, a suppression's reason), and
 * the cache file must not hold document text: each result is encrypted with a
 * key derived from the document's own text, so it can be read back only by a
 * run that has the same text in hand. The file holds hashes and ciphertext.
 */
export class ResultCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(
    private readonly file: string,
    /** The engine's build: results of another build are never reused. */
    private readonly engine: string,
  ) {
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: number; engine?: string; entries?: Record<string, Entry> };
      if (stored.format === FORMAT && stored.engine === engine && stored.entries) this.entries = stored.entries;
    } catch {
      // No cache yet, or one that cannot be read: start afresh.
    }
  }

  get(file: string, text: string, config: EffectiveConfig): Checked | undefined {
    const entry = this.entries[path.resolve(file)];
    if (!entry || entry.id !== this.id(text, config)) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key(text), Buffer.from(entry.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
      return JSON.parse(Buffer.concat([decipher.update(Buffer.from(entry.data, 'base64')), decipher.final()]).toString('utf8')) as Checked;
    } catch {
      return undefined;
    }
  }

  set(file: string, text: string, config: EffectiveConfig, checked: Checked): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(text), iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(checked), 'utf8'), cipher.final()]);
    this.entries[path.resolve(file)] = { id: this.id(text, config), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    this.dirty = true;
  }

  /** Writes the cache if anything changed; a cache that cannot be written is only a slower next run. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify({ format: FORMAT, engine: this.engine, entries: this.entries }));
      fs.renameSync(temp, this.file);
      return undefined;
    } catch (error) {
      return `cannot write the cache '${this.file}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the next run checks every document again`;
    }
  }

  private id(text: string, config: EffectiveConfig): string {
    return createHash('sha256').update('id\0').update(this.engine).update('\0').update(JSON.stringify(config)).update('\0').update(text).digest('base64');
  }

  private key(text: string): Buffer {
    return createHash('sha256').update('key\0').update(this.engine).update('\0').update(text).digest();
  }
}
