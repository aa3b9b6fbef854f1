#!/usr/bin/env python3
"""Writes the hostile set of BENCHMARKS.md ("Hostile files") into DIR: the
shapes of tests/hostile.rs at the sizes issue 20 reports, one file each.

    python3 benches/hostile.py DIR [CSV_MIB]

flate-100k.pdf / flate-800k.pdf  a page of text and a Flate stream of spaces
                                 (~100 KB and ~800 KB compressed)
predictor.pdf                    a page whose stream says /Columns 1000000000
unclosed.csv                     one quote never closed, then CSV_MIB (800) MiB
dimensions.xls / wide.xls / header.xls
                                 fixtures/formats/staff.xls with its Dimensions
                                 widened to 2^32 x 2^16, one cell's row and column
                                 given their top bit, or a FAT count of 2^31 in the
                                 header
loop.ods                         a table never closed (calamine looped on it; dpscan
                                 reads it as far as it goes)
forms.pdf                        a page drawing a form that draws another 64 times,
                                 six deep (~10^9 drawings: the PDF text reader would
                                 never end; dpscan leaves the forms out, reads the page)
safe.txt                         a plain file with one address
"""
import io
import os
import struct
import sys
import zipfile
import zlib

out = sys.argv[1]
csv_mib = int(sys.argv[2]) if len(sys.argv) > 2 else 800
os.makedirs(out, exist_ok=True)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def pdf(pages):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               ("<< /Type /Pages /Count %d /Kids [%s] >>" % (
                   len(pages), " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages))))).encode(),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, (extra, data) in enumerate(pages):
        objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                        " /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objects.append(("<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(data), extra)).encode()
                       + data + b"\nendstream")
    return pdf_of(objects)


def pdf_of(objects):
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objects):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(body)


def spaces(mib):
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    return b"".join(z.compress(chunk) for _ in range(mib)) + z.flush()


text = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Contact: pdf.page@example.com) Tj ET\n")
write("flate-100k.pdf", pdf([("", text), ("", spaces(100))]))
write("flate-800k.pdf", pdf([("", text), ("", spaces(800))]))
write("predictor.pdf", pdf([("", text), ("/DecodeParms << /Predictor 12 /Columns 1000000000 >>", zlib.compress(bytes(64)))]))

line = b"a line of the rest of the file, quoted by mistake, 64 bytes long\n"
with open(os.path.join(out, "unclosed.csv"), "wb") as f:
    f.write(b'Name,Email\nA. Example,"unclosed@example.com\n')
    block = line * (1 << 14)
    for _ in range(csv_mib * (1 << 20) // len(block)):
        f.write(block)
    f.write(b"Contact: csv.tail@example.com\n")

staff = open(os.path.join(root, "fixtures/formats/staff.xls"), "rb").read()
# The workbook stream of this small file lies in consecutive sectors, so its
# records can be changed in the raw bytes.
dims = bytearray(staff)
at = 0
while (at := dims.find(b"\x00\x02\x0e\x00", at + 1)) >= 0:
    dims[at + 8:at + 12] = struct.pack("<I", 0xFFFFFFFF)
    dims[at + 14:at + 16] = struct.pack("<H", 0xFFFF)
write("dimensions.xls", bytes(dims))
wide = bytearray(staff)
at = wide.rfind(b"\xfd\x00\x0a\x00")
wide[at + 5] |= 0x80
wide[at + 7] |= 0x80
write("wide.xls", bytes(wide))
header = bytearray(staff)
header[44:48] = struct.pack("<I", 0x7FFFFFFF)
write("header.xls", bytes(header))

ods = io.BytesIO()
with zipfile.ZipFile(ods, "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
    z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest></manifest:manifest>')
    z.writestr("content.xml", '<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet>'
               '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string">'
               '<text:p>x</text:p></table:table-cell></table:table-row>')
write("loop.ods", ods.getvalue())


def stream(entries, data):
    return b"<< %s /Length %d >>\nstream\n" % (entries, len(data)) + data + b"\nendstream"


depth, font = 6, 11
form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
forms = [stream(form + b" /Resources << /XObject << /F %d 0 R >> >>" % (6 + level), b"/F Do\n" * 64)
         for level in range(depth - 1)]
forms.append(stream(form + b" /Resources << /Font << /F1 %d 0 R >> >>" % font, b"BT /F1 12 Tf (x) Tj ET"))
write("forms.pdf", pdf_of([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    b" /Resources << /XObject << /F 5 0 R >> /Font << /F1 %d 0 R >> >> >>" % font,
    stream(b"", b"BT /F1 12 Tf 72 720 Td (Contact: forms.pdf@example.com) Tj ET\n/F Do"),
    *forms,
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]))
write("safe.txt", b"Contact: safe.person@example.com\n")
