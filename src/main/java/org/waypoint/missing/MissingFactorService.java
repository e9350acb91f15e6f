package org.waypoint.missing;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.common.ConflictException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.Problems;
import org.waypoint.common.StaleVersionException;

/**
 * The council's list of push and pull factors offered as ticks in a return interview. Administrators add, rename
 * and retire factors; a retired factor stays on the interviews that ticked it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MissingFactorService {

    static final int LABEL_LENGTH = 120;

    private final FactorRepository factors;

    MissingFactorService(FactorRepository factors) {
        this.factors = factors;
    }

    /** Every factor, retired ones included, push first, in the council's order. */
    public List<MissingFactor> factors() {
        return factors.findAllByOrderByKindAscPositionAscIdAsc().stream().map(Factor::toRecord).toList();
    }

    /** The factors to offer on a new interview. */
    public List<MissingFactor> activeFactors(FactorKind kind) {
        return factors().stream().filter(f -> f.kind() == kind && f.active()).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MissingFactor add(@Nullable FactorKind kind, @Nullable String label) {
        new Problems()
                .require(kind != null, "kind", "Choose push or pull")
                .requireText(label, "label", "The wording", LABEL_LENGTH)
                .throwIfAny();
        String code = codeFor(label);
        if (code.isEmpty() || factors.existsByCode(code)) {
            throw new ConflictException("There is already a factor worded like '" + label.trim() + "'");
        }
        return factors.save(new Factor(kind, code, label.trim(), factors.lastPosition(kind) + 1)).toRecord();
    }

    /** Rewords or retires (or brings back) a factor. The code stays, so old interviews and API clients keep it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MissingFactor change(long id, long version, @Nullable String label, boolean active) {
        Factor factor = factors.findById(id).orElseThrow(() -> new NotFoundException("Factor"));
        if (factor.version() != version) {
            throw new StaleVersionException("This factor", factor.version());
        }
        new Problems().requireText(label, "label", "The wording", LABEL_LENGTH).throwIfAny();
        factor.change(label.trim(), active);
        factors.flush();
        return factor.toRecord();
    }

    /** "Peer pressure / friends" becomes PEER_PRESSURE_FRIENDS. */
    static String codeFor(String label) {
        String code = MentionKeys.key(label).toUpperCase(Locale.ROOT).replace(' ', '_');
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
