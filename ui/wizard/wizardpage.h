#pragma once

#include "common/fieldbinder.h"
#include "common/profiledocument.h"

#include <QWidget>

namespace phc {

// One step of the wizard. Pages edit the shared ProfileDocument through
// their FieldBinder; the key paths they own decide which issues block Next.
class WizardPage : public QWidget
{
    Q_OBJECT
public:
    WizardPage(ProfileDocument *document, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString subtitle() const { return {}; }
    // Key paths of the fields on this page ("spec.domain", ...).
    virtual QStringList pathPrefixes() const { return {}; }
    // Empty when Next may be pressed; otherwise the reason, shown beside it.
    virtual QString blockingReason() const;
    // Called each time the page is shown.
    virtual void enter() { }

    FieldBinder *binder() const { return m_binder; }
    ProfileDocument *document() const { return m_document; }

protected:
    ProfileDocument *m_document;
    FieldBinder *m_binder;
};

} // namespace phc
