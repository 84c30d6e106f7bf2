import { DomainError } from '../../core/errors.js'
import type { ImportEncoding } from './formats.js'

/** Bytes → text: the encoding declared or detected, decoded strictly, within the size limit. */

/** Enough text to tell UTF-8 from GB18030: Chinese text in GB18030 fails UTF-8 within a few bytes. */
const sniffBytes = 256 * 1024

export interface DecodedText {
  encoding: ImportEncoding
  chunks: AsyncGenerator<string>
}

/**
 * Opens a byte stream as text. A declared charset wins; otherwise a UTF-8 BOM or a valid UTF-8
 * start means UTF-8, anything else GB18030. Reads at most `maxBytes` (413 beyond).
 */
export async function decodeText(
  source: AsyncIterable<Uint8Array>,
  options: { charset?: ImportEncoding | undefined; maxBytes: number },
): Promise<DecodedText> {
  const iterator = source[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let headBytes = 0
  let total = 0
  let ended = false
  const take = (chunk: Uint8Array) => {
    total += chunk.byteLength
    if (total > options.maxBytes) throw new DomainError('payload_too_large', `Import files are limited to ${options.maxBytes} bytes`)
    return chunk
  }
  if (!options.charset) {
    while (headBytes < sniffBytes) {
      const next = await iterator.next()
      if (next.done) {
        ended = true
        break
      }
      head.push(take(next.value))
      headBytes += next.value.byteLength
    }
  }
  const encoding = options.charset ?? detectEncoding(concat(head, headBytes))
  // fatal: a byte sequence that is not text in the chosen encoding stops the import, never becomes U+FFFD.
  const decoder = new TextDecoder(encoding, { fatal: true })
  let decodedBytes = 0
  const decode = (chunk: Uint8Array, stream: boolean) => {
    try {
      const text = decoder.decode(chunk, { stream })
      decodedBytes += chunk.byteLength
      return text
    } catch {
      const hint = encoding === 'utf-8' ? '; if the file is GB18030 (GBK), send Content-Type: text/csv; charset=gb18030' : ''
      throw new DomainError('validation_failed', `The file is not valid ${encoding.toUpperCase()} after byte ${decodedBytes}${hint}`)
    }
  }
  async function* chunks(): AsyncGenerator<string> {
    for (const chunk of head) yield decode(chunk, true)
    head.length = 0
    while (!ended) {
      const next = await iterator.next()
      if (next.done) break
      yield decode(take(next.value), true)
    }
    const rest = decode(new Uint8Array(0), false)
    if (rest) yield rest
  }
  return { encoding, chunks: chunks() }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

export function detectEncoding(start: Uint8Array): ImportEncoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8'
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true })
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

/** Reads a web ReadableStream as an async iterable (Workers' streams may lack Symbol.asyncIterator). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      if (value) yield value
    }
  } finally {
    reader.releaseLock()
  }
}
