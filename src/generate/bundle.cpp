#include "bundle.h"

#include "generators.h"
#include "profile/profilevalidator.h"

namespace phc {

Result<GeneratedFiles> Bundle::generate(const DeploymentProfile &profile, const SizingModel &sizing)
{
    Issues issues = ProfileValidator::validate(profile);
    if (hasErrors(issues))
        return Result<GeneratedFiles>::failure(issues);

    const GeneratorContext ctx(profile, sizing);
    GeneratedFiles files;
    if (profile.hasTarget(Target::Helm)) {
        files += Generators::helm(ctx);
        files += Generators::kubernetes(ctx);
        files += Generators::alertRules(ctx);
    }
    if (profile.hasTarget(Target::Compose))
        files += Generators::compose(ctx);
    files += Generators::env(ctx);
    files += Generators::sql(ctx);
    files += Generators::scripts(ctx);
    files.prepend(Generators::runbook(ctx, files));
    return Result<GeneratedFiles>(std::move(files), issues);
}

} // namespace phc
