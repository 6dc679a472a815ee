"""Runs the schemathesis CLI (`st`) with one workaround for a CPython 3.11 bug.

Hypothesis describes filter lambdas by parsing their source file with `ast.parse`; on CPython
3.11.7 that raises `SystemError: AST constructor recursion depth mismatch` for schemathesis's own
largest module (CPython gh-106905), which aborts a test phase with a runtime error that is not a
finding about our API. The description is only a repr, so it falls back to a plain name.
"""

import sys

import hypothesis.internal.lambda_sources as lambda_sources

_describe = lambda_sources._lambda_description


def _safe_description(f, *args, **kwargs):
    try:
        return _describe(f, *args, **kwargs)
    except SystemError:
        return "lambda"


lambda_sources._lambda_description = _safe_description

from schemathesis.cli import schemathesis  # noqa: E402

if __name__ == "__main__":
    sys.exit(schemathesis())
