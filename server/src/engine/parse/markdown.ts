import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

// One frozen processor: building it costs more than parsing a short document.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses Markdown (CommonMark + GFM tables, with YAML front matter) into mdast with source offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
