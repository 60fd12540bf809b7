// Columns that only wide screens show: phones keep the few that say what a row is, and the rows
// repeat the hidden values in a caption below.
export const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
export const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
