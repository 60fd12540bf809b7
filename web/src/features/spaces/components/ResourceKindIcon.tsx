// A picture of the kind of resource, where no photo is shown (photos stay in Storage, closed to
// the client): desk, meeting room, office or event space.
import Celebration from '@mui/icons-material/Celebration';
import Desk from '@mui/icons-material/Desk';
import MeetingRoom from '@mui/icons-material/MeetingRoom';
import Work from '@mui/icons-material/Work';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ResourceKind } from '@agora/domain';

export function ResourceKindIcon({ kind, ...props }: { kind: ResourceKind } & SvgIconProps) {
  switch (kind) {
    case 'hot-desk':
      return <Desk aria-hidden {...props} />;
    case 'meeting-room':
      return <MeetingRoom aria-hidden {...props} />;
    case 'private-office':
      return <Work aria-hidden {...props} />;
    case 'event-space':
      return <Celebration aria-hidden {...props} />;
  }
}
