/** The synthetic graph lives with the commands now (`SEEDS=synthetic:100 npm start` serves it); the benches import it from here too. */
export { synthesize } from '../server/cli/synthetic.ts';
