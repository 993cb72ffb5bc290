#!/usr/bin/env node
/**
 * The CDK app of every blueprint in examples/: `npx cdk synth` synthesizes them all into cdk.out/.
 * No AWS account is needed: each stack has an explicit, example account and Region.
 */
import { App, Aspects } from 'aws-cdk-lib';
import { BLUEPRINT_ENV, BLUEPRINTS } from '../examples';
import { LambdaLimits } from '../lib';

const app = new App();
for (const blueprint of BLUEPRINTS) blueprint.create(app, BLUEPRINT_ENV);

// Validate every Lambda resource of every blueprint, whoever created it.
Aspects.of(app).add(new LambdaLimits());
app.synth();
