<?php
/**
 * Attribute checking. Whatever an author writes into a shortcode or a block, only the
 * element's own attributes with the element's own values reach the page: the lists come
 * from the element's source (includes/generated.php), an unknown name or value is dropped,
 * and the element then shows its default, as it does for a typo.
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes from raw input keyed by attribute name (`heading-level`).
 *
 * @param array $raw Shortcode or block input, keyed by the element's attribute names.
 * @return array Attribute name => value, or true for a boolean attribute that is present.
 */
function kiut_guide_clean_attributes( array $raw ) {
	$generated = kiut_guide_generated();
	$clean     = array();
	foreach ( $generated['attributes'] as $name => $spec ) {
		if ( ! array_key_exists( $name, $raw ) ) {
			continue;
		}
		$value = $raw[ $name ];
		switch ( $spec['kind'] ) {
			case 'boolean':
				if ( kiut_guide_is_on( $value ) ) {
					$clean[ $name ] = true;
				}
				break;
			case 'choice':
				$chosen = is_scalar( $value ) ? kiut_guide_clean_list( array( $value ), $generated['lists'][ $spec['list'] ] ) : '';
				if ( '' !== $chosen ) {
					$clean[ $name ] = $chosen;
				}
				break;
			case 'list':
				$chosen = kiut_guide_clean_list( $value, $generated['lists'][ $spec['list'] ] );
				if ( '' !== $chosen ) {
					$clean[ $name ] = $chosen;
				}
				break;
			case 'url':
				$url = kiut_guide_clean_url( $value );
				if ( '' !== $url ) {
					$clean[ $name ] = $url;
				}
				break;
		}
	}
	return $clean;
}

/**
 * Whether a boolean attribute is on: present with no value, or written as 1, true, yes or on.
 *
 * @param mixed $value The raw value.
 * @return bool
 */
function kiut_guide_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * The allowed ids among a comma- or space-separated list (or an array), in the element's order.
 *
 * @param mixed $value   The raw value.
 * @param array $allowed The element's ids.
 * @return string Space-separated ids, or '' when none is allowed.
 */
function kiut_guide_clean_list( $value, array $allowed ) {
	if ( is_array( $value ) ) {
		$asked = array_filter( $value, 'is_scalar' );
	} elseif ( is_scalar( $value ) ) {
		$asked = preg_split( '/[\s,]+/', (string) $value, -1, PREG_SPLIT_NO_EMPTY );
	} else {
		return '';
	}
	$asked = array_map(
		static function ( $id ) {
			return strtolower( trim( (string) $id ) );
		},
		$asked
	);
	// In any case, written as the element's id: `zh-hans` is `zh-Hans`.
	$chosen = array_filter(
		$allowed,
		static function ( $id ) use ( $asked ) {
			return in_array( strtolower( $id ), $asked, true );
		}
	);
	return implode( ' ', array_values( $chosen ) );
}

/**
 * An http(s) address, or one on this site (starting with /), else '': a `javascript:` or
 * `data:` address would run code in the page.
 *
 * @param mixed $value The raw value.
 * @return string
 */
function kiut_guide_clean_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( ! preg_match( '#^(https?://|/)#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * Shortcode attributes keyed by the element's names: `[kiut_guide no-exit]` comes in as a
 * bare value, and `heading_level` is accepted for `heading-level`.
 *
 * @param array|string $atts What WordPress parsed from the shortcode ('' when it has none).
 * @return array
 */
function kiut_guide_shortcode_input( $atts ) {
	$raw = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$raw[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = true;
		} else {
			$raw[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = $value;
		}
	}
	return $raw;
}

/**
 * Block attributes (camelCase, as in block.json) keyed by the element's names.
 *
 * @param array $attributes The block's attributes.
 * @return array
 */
function kiut_guide_block_input( array $attributes ) {
	$raw = array();
	foreach ( kiut_guide_generated()['attributes'] as $name => $spec ) {
		if ( array_key_exists( $spec['field'], $attributes ) ) {
			$raw[ $name ] = $attributes[ $spec['field'] ];
		}
	}
	return $raw;
}
