// The table of a list page: compact, with narrower cell padding on phones, and one centred line
// in place of the rows when there are none (the header stays, so the columns still read).
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export function ListTable<Item>(props: {
  /** The table's accessible name. */
  label: string;
  /** The header cells. */
  head: ReactNode;
  /** How many header cells there are: the empty line spans them all. */
  columns: number;
  items: readonly Item[];
  /** One TableRow (with its key) per item. */
  row: (item: Item) => ReactNode;
  /** Said when `items` is empty. */
  emptyText: ReactNode;
}) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={props.label} sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}>
        <TableHead>
          <TableRow>{props.head}</TableRow>
        </TableHead>
        <TableBody>
          {props.items.map((item) => props.row(item))}
          {props.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={props.columns}>
                <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {props.emptyText}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
