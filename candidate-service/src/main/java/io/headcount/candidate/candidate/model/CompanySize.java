package io.headcount.candidate.candidate.model;

/** Employee count of the candidate's current company, in the buckets recruiters filter by. */
public enum CompanySize {
    SIZE_1_10, SIZE_11_50, SIZE_51_200, SIZE_201_1000, SIZE_1001_5000, SIZE_5001_PLUS
}
