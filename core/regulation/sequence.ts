// Order-keeping helpers for alignment: which matched pairs keep their relative order
// (the rest moved), and the longest common subsequence of two short lists.

/**
 * Positions of a longest strictly increasing subsequence of `values`
 * (patience sorting, O(n log n)).
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: position ending the best run of length k + 1
  const previous: number[] = new Array<number>(values.length).fill(-1);

  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const tail = tails[middle] ?? 0;
      if ((values[tail] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1] ?? -1;
    tails[low] = position;
  });

  const kept = new Set<number>();
  let position = tails[tails.length - 1] ?? -1;
  while (position !== -1) {
    kept.add(position);
    position = previous[position] ?? -1;
  }
  return kept;
}

/** Index pairs [i, j] of a longest common subsequence of two lists of keys (O(n·m)). */
export function commonSubsequence(
  left: readonly string[],
  right: readonly string[],
): Array<readonly [number, number]> {
  const width = right.length + 1;
  const lengths = new Uint32Array((left.length + 1) * width);
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        left[i] === right[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }

  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

/**
 * Pairs the unmatched positions lying between consecutive matched pairs, in order, when
 * `accept` allows it: the natural partner of a changed heading or paragraph is the one
 * in the same gap.
 */
export function pairWithinGaps(
  anchors: ReadonlyArray<readonly [number, number]>,
  leftLength: number,
  rightLength: number,
  accept: (i: number, j: number) => boolean,
): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  const bounds = [[-1, -1] as const, ...anchors, [leftLength, rightLength] as const];

  for (let gap = 0; gap + 1 < bounds.length; gap += 1) {
    const [leftStart, rightStart] = bounds[gap] ?? [0, 0];
    const [leftEnd, rightEnd] = bounds[gap + 1] ?? [0, 0];
    let from = rightStart + 1; // pairs keep their order
    for (let i = leftStart + 1; i < leftEnd; i += 1) {
      for (let j = from; j < rightEnd; j += 1) {
        if (!accept(i, j)) continue;
        pairs.push([i, j]);
        from = j + 1;
        break;
      }
    }
  }
  return pairs;
}
