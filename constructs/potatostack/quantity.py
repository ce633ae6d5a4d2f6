"""Kubernetes resource quantities, parsed for comparison and budgeting.

Only the spellings this project writes are accepted (binary memory suffixes, CPU in
millicores or whole cores): a budget on a 2 GB board should not depend on guessing
whether "1G" meant 10^9 or 2^30 bytes.
"""

import re

_MEMORY = re.compile(r"^([1-9][0-9]*)(Ki|Mi|Gi|Ti)$")
_MEMORY_FACTORS = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40}
_CPU = re.compile(r"^(?:([1-9][0-9]*)m|([1-9][0-9]*))$")


def memory_bytes(quantity: str) -> int:
    """'192Mi' -> 201326592. Raises ValueError for anything else."""
    match = _MEMORY.match(quantity)
    if not match:
        raise ValueError(f"{quantity!r} is not a memory size like '128Mi' or '1Gi'")
    return int(match.group(1)) * _MEMORY_FACTORS[match.group(2)]


def cpu_millis(quantity: str) -> int:
    """'250m' -> 250, '2' -> 2000. Raises ValueError for anything else."""
    match = _CPU.match(quantity)
    if not match:
        raise ValueError(f"{quantity!r} is not a CPU amount like '250m' or '1'")
    millis, cores = match.groups()
    return int(millis) if millis else int(cores) * 1000
