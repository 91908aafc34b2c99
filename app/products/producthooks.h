#pragma once

#include "products/product.h"

#include <QList>

#include <array>
#include <functional>

namespace pm {

/// The moments of a product's life that code can hook into, like django-lifecycle's
/// BEFORE_CREATE … AFTER_DELETE. "Save" covers both create and update.
enum class LifecycleMoment {
    BeforeCreate,
    AfterCreate,
    BeforeUpdate,
    AfterUpdate,
    BeforeSave,
    AfterSave,
    BeforeDelete,
    AfterDelete,
};

/// Lifecycle hooks registered on the model side, as django-lifecycle's @hook decorator does.
/// The repository runs them for per-row writes (create, update one, delete one): Before* inside
/// the transaction, before the statement; After* after the commit. Batch paths (bulk update,
/// delete many, import, seed, undo) bypass per-row hooks, exactly as QuerySet.update() bypasses
/// Django's, and invalidate through their own path.
class ProductHooks
{
public:
    using Hook = std::function<void(const Product &)>;

    /// Registers a hook; several moments may share one function (stacked @hook decorators).
    void on(LifecycleMoment moment, Hook hook);
    void on(std::initializer_list<LifecycleMoment> moments, const Hook &hook);
    void run(LifecycleMoment moment, const Product &product) const;
    bool isEmpty() const;
    bool has(LifecycleMoment moment) const { return !m_hooks[size_t(moment)].isEmpty(); }
    void clear();

private:
    static constexpr int MomentCount = int(LifecycleMoment::AfterDelete) + 1;
    std::array<QList<Hook>, MomentCount> m_hooks;
};

} // namespace pm
