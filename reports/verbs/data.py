"""`xval data info|export`: where Fashion-MNIST comes from, its checksums, and the notebook's layout."""

from __future__ import annotations

import argparse
import json
import sys

from xval.impl import data as data_io
from xval.reports.exit_status import ExitStatus

HELP = "show where Fashion-MNIST is found and whether its checksums hold, or export it"
EPILOG = f"""\
search order: --data DIR, $FASHION_MNIST_DIR, {data_io.SYSTEM_DIR} (Debian package
dataset-fashion-mnist), then the user cache (downloaded from the official mirror when online;
XVAL_OFFLINE=1 forbids it). Checksums are MD5s of the decompressed IDX bytes.

examples:
  xval data info
  xval data export --to fashion     # train_x.npy etc., the layout the original notebook loads
"""


def register(sub) -> None:
    p = sub.add_parser("data", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    info_help = "where the data is, its layout, shapes and checksums (exit 1 on mismatch)"
    info = actions.add_parser("info", help=info_help, description=f"Say {info_help}.")
    info.add_argument("--data", metavar="DIR", help="look here instead of the default places")
    info.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    info.set_defaults(func=run_info)
    export_help = "write train_x.npy, train_y.npy, test_x.npy, test_y.npy (uint8)"
    export = actions.add_parser("export", help=export_help,
                                description=f"{export_help[0].upper()}{export_help[1:]}: the original notebook's "
                                            "layout, so that it runs on this data unchanged.")
    export.add_argument("--data", metavar="DIR", help="read from here instead of the default places")
    export.add_argument("--to", required=True, metavar="DIR", help="directory to write the four .npy files into")
    export.set_defaults(func=run_export)


def run_info(args: argparse.Namespace) -> int:
    directory, origin, layout, files = data_io.locate(args.data)
    raw, md5 = data_io.read_raw(layout, files)
    rows = [{"split": s, "file": str(files[s]), "shape": list(raw[s].shape), "dtype": str(raw[s].dtype),
             "md5": md5[s], "expected_md5": data_io.MD5[s], "ok": md5[s] == data_io.MD5[s]}
            for s in data_io.SPLITS]
    ok = all(r["ok"] for r in rows)
    if args.json:
        print(json.dumps({"directory": str(directory), "origin": origin, "layout": layout,
                          "checksums_ok": ok, "files": rows}, indent=2))
    else:
        print(f"Fashion-MNIST in {directory} (found via {origin}, {layout} layout)")
        for r in rows:
            verdict = "ok" if r["ok"] else f"MISMATCH (expected {r['expected_md5']})"
            print(f"  {r['split']:8} {tuple(r['shape'])!s:16} {r['dtype']:6} md5 {r['md5']}  {verdict}")
        print("checksums hold" if ok else "checksums do NOT hold: corrupt or other data")
    return ExitStatus.of(ok)


def run_export(args: argparse.Namespace) -> int:
    written = data_io.export_npy(args.data, args.to)
    for path in written.values():
        print(path)
    print(f"xval data: wrote the notebook's layout to {args.to}", file=sys.stderr)
    return ExitStatus.OK
