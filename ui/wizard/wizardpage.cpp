#include "wizardpage.h"

namespace phc {

WizardPage::WizardPage(ProfileDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_binder(new FieldBinder(document, this))
{
}

QString WizardPage::blockingReason() const
{
    if (!m_document->hasProfile())
        return tr("Start a profile first.");
    Issues errors;
    for (const Issue &issue : m_document->issuesUnder(pathPrefixes()))
        if (issue.severity == Severity::Error)
            errors.append(issue);
    if (errors.isEmpty())
        return {};
    return tr("%n problem(s) to fix on this page: %1", nullptr, int(errors.size()))
        .arg(m_binder->describe(errors.constFirst()));
}

} // namespace phc
