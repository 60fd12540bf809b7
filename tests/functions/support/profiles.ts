// A valid saveProfile input, written the way a member types it (spaces, lowercase country).
import { PRIVACY_POLICY_VERSION, type SaveProfileInput } from '@agora/domain';

export function validProfileInput(): SaveProfileInput {
  return {
    firstName: ' Élise ',
    lastName: 'd’Aubigné',
    phone: '06 12 34 56 78',
    address: {
      line1: '12 rue de la Paix',
      line2: 'Bâtiment B',
      postalCode: '75002',
      city: 'Paris',
      country: 'fr',
    },
    birthDate: '1990-04-15',
    status: 'self-employed',
    consent: { policyVersion: PRIVACY_POLICY_VERSION, accepted: true },
  };
}
