/**
 * Just enough of the Hocuspocus/y-protocols wire format to find the Yjs update
 * in an incoming message: varString documentName, varUint message type, and
 * for sync messages varUint sync type + varUint8Array payload.
 */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

class Reader {
  pos = 0;
  constructor(private readonly uint8Array: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      if (this.pos >= this.uint8Array.length) throw new Error('Unexpected end of message');
      const byte = this.uint8Array[this.pos++];
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > 2 ** 53) throw new Error('Integer out of range');
    }
  }

  bytesOf(length: number): Uint8Array {
    if (this.pos + length > this.uint8Array.length) throw new Error('Unexpected end of message');
    const slice = this.uint8Array.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }
}

/** The Yjs update carried by a sync step 2 or update message, or null for any other message. */
export function readDocumentUpdate(message: Uint8Array): { syncType: number; update: Uint8Array } | null {
  const reader = new Reader(message);
  reader.bytesOf(reader.varUint()); // document name
  const type = reader.varUint();
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const syncType = reader.varUint();
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return { syncType, update: reader.bytesOf(reader.varUint()) };
}
