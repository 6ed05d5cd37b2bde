import { describeRule, hubInfo, PIN } from '../helpers/rules.js';

describeRule('provenance.revision-not-found', {
  policy: {},
  model: {
    id: 'mistralai/Mistral-7B-Instruct-v0.3',
    revision: PIN,
    hub: {
      'mistralai/Mistral-7B-Instruct-v0.3': hubInfo('mistralai/Mistral-7B-Instruct-v0.3', {
        revisionFound: false,
        license: 'apache-2.0',
      }),
    },
  },
  message: /Revision "0e9e39f.*" of mistralai\/Mistral-7B-Instruct-v0\.3 does not exist on the Hub/,
});
