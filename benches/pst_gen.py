#!/usr/bin/env python3
"""Writes a synthetic Unicode Outlook PST ([MS-PST], no encryption) of N
small messages spread over F folders under the IPM subtree, for issue 21
goal 6 (a PST of a million messages) in BENCHMARKS.md.

    python3 benches/pst_gen.py /tmp/m.pst 1000000 [--folders 100] [--every 10]
    /usr/bin/time -v target/release/dpscan scan /tmp/m.pst --format jsonl -o /tmp/m.jsonl
    python3 benches/pst_gen.py /tmp/m.pst 1000000 [--folders 100] --check /tmp/m.jsonl

Each message has a subject, a sender (an X.500 address, so it is no e-mail
finding) and a short plain-text body; every EVERY-th body carries one
specimen identifier, in turn a QQ NINO, an example.com e-mail address and an
07700 900xxx phone number. The counts planted are printed as JSON on stdout;
with --check, dpscan's findings are compared message by message instead.

The nodes a reader needs are written: message store, name-to-id map, root
folder with its hierarchy, contents and FAI tables, the IPM subtree and the
folders, each folder's contents table listing its messages (row matrix in a
subnode, row index a B-tree on a heap of as many blocks as it needs), and per
message a property context with a recipient table (empty) in its subnode
tree. The file is written in one pass with the B-trees built bottom-up as the
blocks go out; a few pages (allocation maps, the first heap block of each
large table, the header) are kept and written last, so memory grows with N
only by the allocation maps (one 512-byte page per 253,952 bytes written,
~2 MB per GB). At most MAX_FOLDERS (198) folders: the IPM subtree's hierarchy table lists
them all in one heap allocation.
Standard library only; the output is the same bytes for the same arguments.
"""

import argparse
import collections
import json
import struct
import sys
import uuid
import zlib

BLOCK_DATA = 8176  # data bytes in one block (8 KiB less the trailer)
ALLOC_MAX = 3580  # largest heap allocation
AMAP_FIRST = 0x4400  # the first allocation map page
AMAP_SPAN = 496 * 8 * 64  # bytes one allocation map covers
ROW_INDEX_FANOUT = ALLOC_MAX // 8  # (row id, row index) records in one B-tree node

NID_MESSAGE_STORE = 0x21
NID_NAME_TO_ID_MAP = 0x61
NID_ROOT_FOLDER = 0x122
NID_IPM_SUBTREE = 0x8022
NID_RECIPIENT_TABLE = 0x692
NID_ROW_MATRIX = 0x3F  # an LTP subnode holding a table's rows
FIRST_FOLDER_INDEX = 0x402
FIRST_MESSAGE_INDEX = 0x10000
TYPE_FOLDER, TYPE_MESSAGE, TYPE_HIERARCHY, TYPE_CONTENTS, TYPE_FAI = 0x02, 0x04, 0x0D, 0x0E, 0x0F

PT_LONG, PT_BOOL, PT_BINARY = 0x0003, 0x000B, 0x0102  # the types stored inline or named here
ROW_ID, ROW_VER = 0x67F20003, 0x67F30003
RECORD_KEY = b"dpscan-pstgen-01"  # the store's 16-byte uid in every entry id

HIERARCHY_COLUMNS = [(ROW_ID, 4), (ROW_VER, 4), (0x36020003, 4), (0x36030003, 4), (0x360A000B, 1)]
CONTENTS_COLUMNS = [(ROW_ID, 4), (ROW_VER, 4), (0x0E070003, 4), (0x0E080003, 4), (0x0E060040, 8)]
EMPTY_COLUMNS = [(ROW_ID, 4), (ROW_VER, 4)]
RECIPIENT_COLUMNS = [(ROW_ID, 4), (ROW_VER, 4), (0x0C150003, 4)]

FILETIME_2024 = 133485408000000000  # 2024-01-01T00:00:00Z in 100 ns ticks since 1601


def crc(data: bytes) -> int:
    """[MS-PST] 5.3: CRC-32 with neither pre- nor post-inversion."""
    return zlib.crc32(data, 0xFFFFFFFF) ^ 0xFFFFFFFF


def signature(ib: int, bid: int) -> int:
    x = (ib ^ bid) & 0xFFFFFFFF
    return ((x >> 16) ^ x) & 0xFFFF


def hid(index: int, block: int = 0) -> int:
    """A heap id: the 1-based allocation `index` in heap block `block`."""
    return (block << 16) | (index << 5)


def nid(index: int, kind: int) -> int:
    return (index << 5) | kind


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def entry_id(node: int) -> bytes:
    return struct.pack("<I16sI", 0, RECORD_KEY, node)


class BTree:
    """A node or block B-tree built bottom-up from keys given in order: a
    page is written as soon as it is full and its first key goes up a level."""

    def __init__(self, pst, page_type: int, leaf_entry: int):
        self.pst, self.page_type, self.leaf_entry = pst, page_type, leaf_entry
        self.levels: list[list[tuple[int, bytes]]] = []

    def add(self, key: int, entry: bytes, level: int = 0):
        while len(self.levels) <= level:
            self.levels.append([])
        if len(self.levels[level]) == 488 // (self.leaf_entry if level == 0 else 24):
            self._flush(level)
        self.levels[level].append((key, entry))

    def _flush(self, level: int):
        entries, self.levels[level] = self.levels[level], []
        ib, bid = self._page(level, entries)
        self.add(entries[0][0], struct.pack("<QQQ", entries[0][0], bid, ib), level + 1)

    def _page(self, level: int, entries) -> tuple[int, int]:
        size = self.leaf_entry if level == 0 else 24
        body = b"".join(e for _, e in entries).ljust(488, b"\0")
        body += struct.pack("<BBBBI", len(entries), 488 // size, size, level, 0)
        return self.pst.page(self.page_type, body)

    def finish(self) -> tuple[int, int]:
        """Writes the pages still open; the root's (bid, ib)."""
        level = 0
        while level < len(self.levels) - 1:
            if self.levels[level]:
                self._flush(level)
            level += 1
        ib, bid = self._page(level, self.levels[level])
        return bid, ib


class Pst:
    def __init__(self, path: str):
        self.file = open(path, "wb")
        self.written = 0  # bytes written in order; later pages go to `patches`
        self.patches: list[tuple[int, bytes]] = []
        self.pos = 0
        self.region = -1
        self.amap = bytearray()
        self.free_bytes = 0
        self.next_bid = 1
        self.next_page = 1
        self.bbt = BTree(self, 0x80, 24)
        self.nbt = BTree(self, 0x81, 32)
        self._enter_region(0)

    # File space: one allocation map page per AMAP_SPAN bytes, a page map
    # after every eighth one; blocks 64-byte aligned, pages 512.
    def _enter_region(self, region: int):
        if self.region >= 0:
            self._close_region()
        self.region = region
        self.region_ib = AMAP_FIRST + region * AMAP_SPAN
        self.amap = bytearray(496)
        self.pos = self.region_ib
        self._mark(self.pos, 512)
        self.pos += 512
        if region % 8 == 0:  # the page map, deprecated: every page marked in use
            self._put(self.pos, self._page_bytes(0x83, b"\xff" * 496, self.pos, self.pos, signed=False))
            self._mark(self.pos, 512)
            self.pos += 512

    def _close_region(self):
        ib = self.region_ib
        self.free_bytes += 64 * sum(8 - bin(b).count("1") for b in self.amap)
        self.patches.append((ib, self._page_bytes(0x84, bytes(self.amap), ib, ib, signed=False)))

    def _mark(self, ib: int, size: int):
        first = (ib - self.region_ib) // 64
        for bit in range(first, first + size // 64):
            self.amap[bit >> 3] |= 0x80 >> (bit & 7)

    def _alloc(self, size: int, align: int) -> int:
        ib = -(-self.pos // align) * align
        if ib + size > self.region_ib + AMAP_SPAN:
            self._enter_region(self.region + 1)
            ib = -(-self.pos // align) * align
        self._mark(ib, size)
        self.pos = ib + size
        return ib

    def _put(self, ib: int, data: bytes):
        assert ib >= self.written
        self.file.write(bytes(ib - self.written))
        self.file.write(data)
        self.written = ib + len(data)

    @staticmethod
    def _page_bytes(page_type: int, body: bytes, ib: int, bid: int, signed: bool = True) -> bytes:
        sig = signature(ib, bid) if signed else 0
        return body + struct.pack("<BBHIQ", page_type, page_type, sig, crc(body), bid)

    def page(self, page_type: int, body: bytes) -> tuple[int, int]:
        bid, self.next_page = self.next_page, self.next_page + 1
        ib = self._alloc(512, 512)
        self._put(ib, self._page_bytes(page_type, body, ib, bid))
        return ib, bid

    # Blocks: each gets the next id (internal ones, trees of blocks, with bit 1
    # set) and its entry in the block B-tree, in id order as they are written.
    def _new_block(self, size: int, internal: bool) -> tuple[int, int]:
        assert size <= BLOCK_DATA
        bid = (self.next_bid << 2) | (2 if internal else 0)
        self.next_bid += 1
        return bid, self._alloc(-(-(size + 16) // 64) * 64, 64)

    def _index(self, bid: int, ib: int, size: int):
        self.bbt.add(bid, struct.pack("<QQHHI", bid, ib, size, 1, 0))

    def reserve(self, size: int) -> tuple[int, int]:
        """A block of `size` data bytes whose content is given later with `fill`."""
        bid, ib = self._new_block(size, False)
        self._index(bid, ib, size)
        return bid, ib

    def _block_bytes(self, data: bytes, bid: int, ib: int) -> bytes:
        padding = -(-(len(data) + 16) // 64) * 64 - len(data) - 16
        return data + bytes(padding) + struct.pack("<HHIQ", len(data), signature(ib, bid), crc(data), bid)

    def fill(self, bid: int, ib: int, data: bytes):
        self.patches.append((ib, self._block_bytes(data, bid, ib)))

    def block(self, data: bytes, internal: bool = False) -> int:
        bid, ib = self._new_block(len(data), internal)
        self._put(ib, self._block_bytes(data, bid, ib))
        self._index(bid, ib, len(data))
        return bid

    def data_tree(self, blocks: list[tuple[int, int]]) -> int:
        """The block id of a node's data given as (bid, size) blocks: the
        block itself, or an XBLOCK, or an XXBLOCK over XBLOCKs."""
        if len(blocks) == 1:
            return blocks[0][0]
        fanout = (BLOCK_DATA - 8) // 8

        def xblock(level: int, entries: list[tuple[int, int]]) -> tuple[int, int]:
            total = sum(size for _, size in entries)
            data = struct.pack("<BBHI", 1, level, len(entries), total)
            data += b"".join(struct.pack("<Q", bid) for bid, _ in entries)
            return self.block(data, internal=True), total

        if len(blocks) <= fanout:
            return xblock(1, blocks)[0]
        assert len(blocks) <= fanout * fanout
        return xblock(2, [xblock(1, blocks[i : i + fanout]) for i in range(0, len(blocks), fanout)])[0]

    def subnodes(self, entries: list[tuple[int, int, int]]) -> int:
        """An SLBLOCK of (nid, data bid, subnode bid) entries."""
        data = struct.pack("<BBHI", 2, 0, len(entries), 0)
        data += b"".join(struct.pack("<QQQ", *e) for e in entries)
        return self.block(data, internal=True)

    def node(self, node: int, data: int, sub: int, parent: int):
        self.nbt.add(node, struct.pack("<QQQII", node, data, sub, parent, 0))

    def close(self, next_nids: list[int], unique: int):
        nbt = self.nbt.finish()
        bbt = self.bbt.finish()
        eof = self.region_ib + AMAP_SPAN
        last_amap = self.region_ib
        self._close_region()
        self._put(eof, b"")
        self.file.flush()
        for ib, data in self.patches:
            self.file.seek(ib)
            self.file.write(data)
        root = struct.pack("<IQQQQQQQQBBH", 0, eof, last_amap, self.free_bytes, 0, *nbt, *bbt, 2, 0, 0)
        head = struct.pack("<HHHBBIIQQI", 0x4D53, 23, 19, 1, 1, 0, 0, 0, self.next_page, unique)
        head += struct.pack("<32I", *next_nids) + struct.pack("<Q", 0) + root + struct.pack("<I", 0)
        head += b"\xff" * 256 + struct.pack("<BBHQ", 0x80, 0, 0, self.next_bid << 2)
        assert len(head) == 516
        header = struct.pack("<4sI", b"!BDN", crc(head[:471])) + head + struct.pack("<I", crc(head)) + bytes(36)
        self.file.seek(0)
        self.file.write(header)
        self.file.close()


# Lists, tables and heaps ([MS-PST] 2.3).
def heap_block(client: int, allocs: list[bytes], user_root: int) -> bytes:
    """The first block of a heap (of most, the only one): HNHDR, the allocations, the page map."""
    offsets = [12]
    for a in allocs:
        offsets.append(offsets[-1] + len(a))
    page_map = offsets[-1] + (offsets[-1] & 1)
    head = struct.pack("<HBBII", page_map, 0xEC, client, user_root, 0)
    body = head + b"".join(allocs) + bytes(page_map - offsets[-1])
    return body + struct.pack(f"<HH{len(offsets)}H", len(allocs), 0, *offsets)


def property_context(props: list[tuple[int, object]]) -> bytes:
    """A property context of (tag, value) pairs: ints for 4-byte types, bytes else."""
    allocs = [b"", b""]
    records = []
    for tag, value in sorted(props, key=lambda p: p[0] >> 16):
        kind = tag & 0xFFFF
        if kind in (PT_LONG, PT_BOOL):
            inline = value
        elif value:
            assert len(value) <= ALLOC_MAX, "a value too large for the heap"
            allocs.append(value)
            inline = hid(len(allocs))
        else:
            inline = 0  # empty value
        records.append(struct.pack("<HHI", tag >> 16, kind, inline))
    allocs[0] = struct.pack("<BBBBI", 0xB5, 2, 6, 0, hid(2))
    allocs[1] = b"".join(records)
    return heap_block(0xBC, allocs, hid(1))


class Columns:
    """A table's columns: 4- and 8-byte values first (row id, row version),
    then 1-byte ones, then the cell existence bitmap."""

    def __init__(self, columns: list[tuple[int, int]]):
        self.columns = columns
        self.offsets = {}
        offset, ends = 0, []
        for sizes in ((8, 4), (2,), (1,)):  # the row id and version are listed first
            for tag, size in columns:
                if size in sizes:
                    self.offsets[tag] = offset
                    offset += size
            ends.append(offset)
        self.end4, self.end2, self.end1 = ends
        self.bitmap = b"\xff" * (-(-len(columns) // 8))
        self.row_size = offset + len(self.bitmap)
        self.fmt = "<" + "".join({8: "Q", 4: "I", 2: "H", 1: "B"}[s] for _, s in self._in_offset_order())

    def _in_offset_order(self):
        return sorted(self.columns, key=lambda c: self.offsets[c[0]])

    def row(self, values: dict[int, int]) -> bytes:
        return struct.pack(self.fmt, *(values[tag] for tag, _ in self._in_offset_order())) + self.bitmap

    def info(self, row_index: int, rows: int) -> bytes:
        descs = sorted((tag, self.offsets[tag], size, bit) for bit, (tag, size) in enumerate(self.columns))
        head = struct.pack("<BB4HIII", 0x7C, len(self.columns), self.end4, self.end2, self.end1, self.row_size,
                           row_index, rows, 0)
        return head + b"".join(struct.pack("<IHBB", *d) for d in descs)


# Folders at most: the IPM subtree's hierarchy table holds a row per folder in one heap allocation.
MAX_FOLDERS = ALLOC_MAX // Columns(HIERARCHY_COLUMNS).row_size


def small_table(columns: Columns, rows: list[dict[int, int]]) -> bytes:
    """A table context whose row index and rows fit in one heap block."""
    allocs = [b"", b""]
    bth_root = 0
    matrix = 0
    if rows:
        index = b"".join(struct.pack("<II", r[ROW_ID], i) for i, r in enumerate(rows))
        allocs.append(index)
        bth_root = hid(3)
        allocs.append(b"".join(columns.row(r) for r in rows))
        matrix = hid(4)
        assert max(len(a) for a in allocs) <= ALLOC_MAX
    allocs[1] = struct.pack("<BBBBI", 0xB5, 4, 4, 0, bth_root)
    allocs[0] = columns.info(hid(2), matrix)
    return heap_block(0x7C, allocs, hid(1))


def large_table(pst: Pst, columns: Columns, count: int, row) -> tuple[int, int]:
    """A table context of `count` rows, `row(i)` giving row i's values: the
    row matrix in blocks of a subnode, the row index a B-tree on a heap of
    as many blocks as it needs. Returns the (data, subnode) block ids."""
    per_block = BLOCK_DATA // columns.row_size
    matrix = []
    for start in range(0, count, per_block):
        rows = b"".join(columns.row(row(i)) for i in range(start, min(count, start + per_block)))
        matrix.append((pst.block(rows), len(rows)))
    sub = pst.subnodes([(NID_ROW_MATRIX, pst.data_tree(matrix), 0)])

    info = columns.info(hid(2), NID_ROW_MATRIX)
    first = heap_block(0x7C, [info, bytes(8)], hid(1))
    heap = [pst.reserve(len(first))]
    blocks = [(heap[0][0], len(first))]
    pending: list[bytes] = []

    def flush():
        nonlocal pending
        k = len(blocks)
        head = 66 if k % 128 == 8 else 2  # HNBITMAPHDR or HNPAGEHDR
        offsets = [head]
        for a in pending:
            offsets.append(offsets[-1] + len(a))
        data = struct.pack("<H", offsets[-1]) + bytes(head - 2) + b"".join(pending)
        data += struct.pack(f"<HH{len(offsets)}H", len(pending), 0, *offsets)
        blocks.append((pst.block(data), len(data)))
        pending = []

    def alloc(data: bytes) -> int:
        if len(pending) == 2:
            flush()
        pending.append(data)
        return hid(len(pending), len(blocks))

    level = []
    for start in range(0, count, ROW_INDEX_FANOUT):
        end = min(count, start + ROW_INDEX_FANOUT)
        ids = [row(i)[ROW_ID] for i in range(start, end)]
        node = b"".join(struct.pack("<II", r, start + j) for j, r in enumerate(ids))
        level.append((ids[0], alloc(node)))
    depth = 0
    while len(level) > 1:
        level = [
            (level[i][0], alloc(b"".join(struct.pack("<II", *e) for e in level[i : i + ROW_INDEX_FANOUT])))
            for i in range(0, len(level), ROW_INDEX_FANOUT)
        ]
        depth += 1
    if pending:
        flush()
    bth = struct.pack("<BBBBI", 0xB5, 4, 4, depth, level[0][1])
    pst.fill(*heap[0], heap_block(0x7C, [info, bth], hid(1)))
    return pst.data_tree(blocks), sub


# The synthetic mailbox.
def body_of(i: int, every: int) -> tuple[str, str | None]:
    """Message i's body and the kind of identifier planted in it, if any."""
    text = f"Hello,\r\nThis is generated message {i + 1}, about the weekly rota.\r\n"
    if i % every:
        return text + "Regards,\r\nThe office\r\n", None
    n = i // every
    kind = ("nino", "email", "phone")[n % 3]
    value = {
        "nino": f"QQ {n % 100:02d} {n // 100 % 100:02d} {n // 10000 % 100:02d} {'ABCD'[n % 4]}",
        "email": f"person{n}@example.com",
        "phone": f"07700 900{n % 1000:03d}",
    }[kind]
    return text + f"Please note: {value}\r\nRegards,\r\nThe office\r\n", kind


def message(i: int, count: int, every: int) -> tuple[bytes, str | None]:
    body, kind = body_of(i, every)
    when = struct.pack("<Q", FILETIME_2024 + i * 600_000_000)  # a minute apart
    subject = f"Rota update {i + 1} of {count}"
    props = [
        (0x001A001F, utf16("IPM.Note")),
        (0x0037001F, utf16(subject)),
        (0x0070001F, utf16(subject)),
        (0x00390040, when),
        (0x0C1A001F, utf16("Rota Office")),
        (0x0C1E001F, utf16("EX")),
        (0x0C1F001F, utf16("/O=EXAMPLE/OU=ROTA/CN=RECIPIENTS/CN=OFFICE")),
        (0x0E060040, when),
        (0x0E070003, 1),
        (0x0E080003, 400 + len(body)),
        (0x1000001F, utf16(body)),
    ]
    return property_context(props), kind


def folder_props(name: str, count: int, subfolders: bool) -> bytes:
    return property_context([
        (0x3001001F, utf16(name)),
        (0x36020003, count),
        (0x36030003, 0),
        (0x360A000B, int(subfolders)),
        (0x3613001F, utf16("IPF.Note")),
    ])


def name_to_id_map() -> bytes:
    """Two named properties, as readers expect entries: PidLidReminderDelta
    (numeric, PSETID_Common, mapped to 0x8000) and "Keywords" (a string of
    PS_PUBLIC_STRINGS, mapped to 0x8001); each in its hash bucket too."""
    guids = uuid.UUID("00062008-0000-0000-c000-000000000046").bytes_le
    keywords = utf16("Keywords")
    strings = struct.pack("<I", len(keywords)) + keywords
    numeric = (0x8501, 3 << 1, 0)  # the first GUID of the stream is number 3
    string = (0, (2 << 1) | 1, 1)  # an offset into the string stream
    buckets: dict[int, bytes] = {}
    for key, (_, guid, index) in [(0x8501, numeric), (crc(keywords), string)]:
        bucket = (key ^ guid) % 251
        buckets[bucket] = buckets.get(bucket, b"") + struct.pack("<IHH", key, guid, index)
    entries = b"".join(struct.pack("<IHH", *e) for e in (numeric, string))
    props = [(0x00010003, 251), (0x00020102, guids), (0x00030102, entries), (0x00040102, strings)]
    props += [(((0x1000 + b) << 16) | PT_BINARY, records) for b, records in buckets.items()]
    return property_context(props)


def generate(path: str, count: int, folders: int, every: int) -> dict[str, int]:
    pst = Pst(path)
    front = []  # nodes below the messages' ids: (nid, data bid, subnode bid, parent)
    planted = {"messages": count, "nino": 0, "email": 0, "phone": 0}
    spans = [(f * count // folders, (f + 1) * count // folders) for f in range(folders)]
    folder_nids = [nid(FIRST_FOLDER_INDEX + f, TYPE_FOLDER) for f in range(folders)]
    names = ["Inbox"] if folders == 1 else [f"Folder {f + 1:03d}" for f in range(folders)]

    def small(node: int, parent: int, columns, rows):
        front.append((node, pst.block(small_table(Columns(columns), rows)), 0, parent))

    def folder_row(node: int, contents: int, subfolders: bool) -> dict[int, int]:
        return {ROW_ID: node, ROW_VER: 1, 0x36020003: contents, 0x36030003: 0, 0x360A000B: int(subfolders)}

    contents = Columns(CONTENTS_COLUMNS)
    for f, (start, end) in enumerate(spans):
        index = FIRST_FOLDER_INDEX + f

        def row(j: int, start=start) -> dict[int, int]:
            i = start + j
            return {ROW_ID: nid(FIRST_MESSAGE_INDEX + i, TYPE_MESSAGE), ROW_VER: i + 1, 0x0E070003: 1,
                    0x0E080003: 400 + len(body_of(i, every)[0]), 0x0E060040: FILETIME_2024 + i * 600_000_000}

        if end - start:
            data, sub = large_table(pst, contents, end - start, row)
            front.append((nid(index, TYPE_CONTENTS), data, sub, 0))
        else:
            small(nid(index, TYPE_CONTENTS), 0, CONTENTS_COLUMNS, [])
        small(nid(index, TYPE_HIERARCHY), 0, HIERARCHY_COLUMNS, [])
        small(nid(index, TYPE_FAI), 0, EMPTY_COLUMNS, [])
        front.append((folder_nids[f], pst.block(folder_props(names[f], end - start, False)), 0, NID_IPM_SUBTREE))

    rows = [folder_row(folder_nids[f], end - start, False) for f, (start, end) in enumerate(spans)]
    for node, name, parent, children in [
        (NID_IPM_SUBTREE, "Top of Personal Folders", NID_ROOT_FOLDER, rows),
        (NID_ROOT_FOLDER, "", NID_ROOT_FOLDER, [folder_row(NID_IPM_SUBTREE, 0, True)]),
    ]:
        index = node >> 5
        small(nid(index, TYPE_HIERARCHY), 0, HIERARCHY_COLUMNS, children)
        small(nid(index, TYPE_CONTENTS), 0, CONTENTS_COLUMNS, [])
        small(nid(index, TYPE_FAI), 0, EMPTY_COLUMNS, [])
        front.append((node, pst.block(folder_props(name, 0, True)), 0, parent))
    store = property_context([
        (0x0FF90102, RECORD_KEY),
        (0x3001001F, utf16(f"pst_gen.py: {count} messages in {folders} folders")),
        (0x35DF0003, 0x1),  # valid folder mask: the IPM subtree
        (0x35E00102, entry_id(NID_IPM_SUBTREE)),
    ])
    front.append((NID_MESSAGE_STORE, pst.block(store), 0, 0))
    front.append((NID_NAME_TO_ID_MAP, pst.block(name_to_id_map()), 0, 0))
    for entry in sorted(front):
        pst.node(*entry)

    recipients = small_table(Columns(RECIPIENT_COLUMNS), [])
    for f, (start, end) in enumerate(spans):
        for i in range(start, end):
            data, kind = message(i, count, every)
            if kind:
                planted[kind] += 1
            sub = pst.subnodes([(NID_RECIPIENT_TABLE, pst.block(recipients), 0)])
            pst.node(nid(FIRST_MESSAGE_INDEX + i, TYPE_MESSAGE), pst.block(data), sub, folder_nids[f])

    next_nids = [0x400] * 32
    next_nids[TYPE_FOLDER] = FIRST_FOLDER_INDEX + folders
    next_nids[TYPE_MESSAGE] = FIRST_MESSAGE_INDEX + count
    pst.close(next_nids, count + 1)
    return planted


KINDS = {"nino": "uk_nino", "email": "email", "phone": "phone"}


def check(jsonl: str, count: int, folders: int, every: int) -> dict[str, int]:
    """Compares `dpscan scan --format jsonl` output of the generated PST
    with what was planted: one file record, scanned with no problems; each
    planted message has exactly its one finding, no other message has any,
    every message has exactly one record, and the summary counts no
    problems."""
    names = ["Inbox"] if folders == 1 else [f"Folder {f + 1:03d}" for f in range(folders)]
    want = {}
    for f in range(folders):
        for i in range(f * count // folders, (f + 1) * count // folders):
            kind = body_of(i, every)[1]
            want[f"/{names[f]}/{nid(FIRST_MESSAGE_INDEX + i, TYPE_MESSAGE)}"] = [KINDS[kind]] if kind else []
    got: dict[str, list[str]] = {m: [] for m in want}
    records = collections.Counter()
    files, summaries, errors = 0, [], []
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            where = record.get("location", {}).get("message")
            if record["type"] == "finding":
                got.setdefault(where, []).append(record["kind"])
            elif record["type"] == "message":
                records[where] += 1
            elif record["type"] == "file":
                files += 1
                if record["status"] != "scanned" or record.get("problems"):
                    errors.append(record)
            elif record["type"] == "summary":
                summaries.append(record)
    if files != 1:
        errors.append(f"{files} file records, not 1")
    if [s.get("problems", 0) for s in summaries] != [0]:  # written when not 0
        errors.append(f"summaries {summaries}: want one, with no problems")
    wrong = {m: (want.get(m), kinds) for m, kinds in got.items() if sorted(kinds) != want.get(m)}
    for m, (expected, found) in list(wrong.items())[:10]:
        errors.append(f"{m}: planted {expected}, found {found}")
    miscounted = {m: records[m] for m in want.keys() | records.keys() if records[m] != (m in want)}
    for m, n in list(miscounted.items())[:10]:
        errors.append(f"{m}: {n} message records, planted {int(m in want)}")
    if errors or wrong or miscounted:
        sys.exit("\n".join(map(str, errors)) + f"\n{len(wrong)} messages wrong, {len(miscounted)} miscounted")
    return {"messages": records.total(), "findings": sum(map(len, got.values()))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("count", type=int, help="number of messages")
    parser.add_argument("--folders", type=int, default=1, help="folders under the IPM subtree (default 1)")
    parser.add_argument("--every", type=int, default=10, help="plant an identifier in every EVERY-th message")
    parser.add_argument("--check", metavar="JSONL", help="do not write OUT: check dpscan's JSONL scan of it")
    args = parser.parse_args()
    if args.folders < 1 or args.count < 0 or args.every < 1:
        parser.error("folders and every must be positive, count not negative")
    if args.folders > MAX_FOLDERS:
        parser.error(f"at most {MAX_FOLDERS} folders: the IPM subtree's hierarchy table lists them in one heap allocation")
    if args.check:
        json.dump(check(args.check, args.count, args.folders, args.every), sys.stdout)
    else:
        json.dump(generate(args.out, args.count, args.folders, args.every), sys.stdout)
    print()


if __name__ == "__main__":
    main()
