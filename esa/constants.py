"""The ESA wire protocol's facts, in one place.

Every Python component (Scapy layer, agents, controller, reference model, simulator) reads
these; the P4 program states them once in ``p4src/`` and a test checks that both agree.
See ``docs/protocol.md`` for the meaning of each field and packet type.
"""
from enum import IntEnum

#: UDP destination port of the ESA service (gradient packets, partials, results).
ESA_UDP_PORT = 0xE5A0

#: Number of signed 32-bit gradient lanes per packet (a compile-time constant of the P4
#: program, ``-D ESA_LANES=N``).
DEFAULT_LANES = 32

#: Largest number of workers per job: the width of the worker bitmap.
MAX_WORKERS = 32

#: ESA header fields after UDP, in wire order: (name, width in bits). The lanes follow:
#: ``lanes`` signed 32-bit big-endian integers named v0..v{lanes-1}.
ESA_HEADER_FIELDS = (
    ("type", 8),        # PacketType
    ("flags", 8),       # Flag bits
    ("job_id", 16),     # job identifier installed by the controller
    ("seq", 32),        # fragment sequence number within the job (monotonic)
    ("bitmap", 32),     # workers whose gradients this packet carries
    ("count", 8),       # number of workers counted (popcount of bitmap), set by the switch
    ("priority", 8),    # priority: written by the switch from the job table, never trusted
    ("agg_index", 16),  # aggregator used, written by the switch (informational)
)
ESA_HEADER_BYTES = sum(width for _, width in ESA_HEADER_FIELDS) // 8
LANE_BITS = 32


class PacketType(IntEnum):
    GRADIENT = 1   # worker -> switch: one worker's fragment
    FALLBACK = 2   # switch -> PS: one worker's fragment, not aggregated (collision, retransmission)
    PARTIAL = 3    # switch -> PS: an evicted (preempted) or flushed partial sum with its bitmap
    COMPLETE = 4   # switch -> PS: the full sum of all the job's workers
    RESULT = 5     # PS -> switch -> workers (multicast): the final sum of a fragment


class Flag(IntEnum):
    RETX = 0x01       # worker retransmission
    PREEMPTED = 0x02  # PARTIAL produced by preemption
    FLUSHED = 0x04    # PARTIAL produced by a retransmission flush (or job removal)


def frame_bytes(lanes: int = DEFAULT_LANES) -> int:
    """Length of a full ESA frame on the wire (Ethernet + IPv4 + UDP + ESA + lanes)."""
    return 14 + 20 + 8 + ESA_HEADER_BYTES + 4 * lanes
