#pragma once

#include "generatedfile.h"
#include "generatorcontext.h"

namespace phc {

// One pure function per group of artifacts: same context in, same bytes out.
// Bundle::generate() calls each for the targets the profile asks for.
namespace Generators {

GeneratedFiles helm(const GeneratorContext &ctx);        // helm/values.yaml, helm/install.sh
GeneratedFiles kubernetes(const GeneratorContext &ctx);  // k8s/*.yaml
GeneratedFiles alertRules(const GeneratorContext &ctx);  // k8s/prometheus-rules.yaml
GeneratedFiles compose(const GeneratorContext &ctx);     // compose/*
GeneratedFiles env(const GeneratorContext &ctx);         // env/api-server.env, env/web-app.env.local
GeneratedFiles sql(const GeneratorContext &ctx);         // sql/retention.sql
GeneratedFiles scripts(const GeneratorContext &ctx);     // backup/postgres-backup.sh, backup/clickhouse-backup.sh
// README.md: needs the list of the other files to describe them.
GeneratedFile runbook(const GeneratorContext &ctx, const GeneratedFiles &others);

} // namespace Generators

} // namespace phc
