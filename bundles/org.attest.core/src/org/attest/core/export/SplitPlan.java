package org.attest.core.export;

/**
 * Train/dev/test ratios, the seed that makes the assignment reproducible, and whether it is stratified by
 * label. Ratios are relative weights (80,10,10 and 0.8,0.1,0.1 mean the same).
 */
public record SplitPlan(double train, double dev, double test, long seed, boolean stratify) {

	public SplitPlan {
		if (train < 0 || dev < 0 || test < 0 || train + dev + test <= 0) {
			throw new IllegalArgumentException("split ratios must be non-negative and not all zero"); //$NON-NLS-1$
		}
	}
}
