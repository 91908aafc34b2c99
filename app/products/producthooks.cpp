#include "products/producthooks.h"

namespace pm {

void ProductHooks::on(LifecycleMoment moment, Hook hook)
{
    m_hooks[size_t(moment)].append(std::move(hook));
}

void ProductHooks::on(std::initializer_list<LifecycleMoment> moments, const Hook &hook)
{
    for (LifecycleMoment m : moments)
        on(m, hook);
}

void ProductHooks::run(LifecycleMoment moment, const Product &product) const
{
    for (const Hook &hook : m_hooks[size_t(moment)])
        hook(product);
}

bool ProductHooks::isEmpty() const
{
    for (const auto &list : m_hooks) {
        if (!list.isEmpty())
            return false;
    }
    return true;
}

void ProductHooks::clear()
{
    for (auto &list : m_hooks)
        list.clear();
}

} // namespace pm
